package org.cairnpmo.identity.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.Role;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' single sign-on rules, and what they make of a person's claims: the roles of
 * every rule that matches ({@link Role#MEMBER}, the least, when none gives one) and the department
 * of the first matching rule that names one (oldest first).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SsoRules {

  /** A claim name as providers write them: letters, digits and {@code _ . : / -}. */
  private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");

  private static final int MAX_VALUE = 200;

  private final SsoRuleRepository rules;
  private final OrganizationApi organization;
  private final AuditLog audit;
  private final Clock clock;

  /** What the rules give a person: their roles, and their department if a rule names one. */
  public record Outcome(Set<Role> roles, Long departmentId) {}

  @Transactional(readOnly = true)
  public List<SsoRuleView> all() {
    return rules.findAllByOrderByIdAsc().stream().map(SsoRule::toView).toList();
  }

  @Transactional(readOnly = true)
  public SsoRuleView get(long id) {
    return find(id).toView();
  }

  @Transactional
  public SsoRuleView create(SsoRuleForm form) {
    check(form);
    SsoRule rule =
        rules.saveAndFlush(
            new SsoRule(
                form.claim(), form.value(), form.role(), form.departmentId(), clock.instant()));
    audit.record(AuditKind.SSO_RULES_CHANGED, describe(rule), "Rule added");
    return rule.toView();
  }

  @Transactional
  public SsoRuleView update(long id, long expectedVersion, SsoRuleForm form) {
    SsoRule rule = find(id);
    VersionCheck.require("Single sign-on rule", expectedVersion, rule.getVersion());
    check(form);
    String before = describe(rule);
    rule.change(form.claim(), form.value(), form.role(), form.departmentId());
    rules.saveAndFlush(rule);
    audit.record(AuditKind.SSO_RULES_CHANGED, describe(rule), "Rule changed from " + before);
    return rule.toView();
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    SsoRule rule = find(id);
    VersionCheck.require("Single sign-on rule", expectedVersion, rule.getVersion());
    rules.delete(rule);
    audit.record(AuditKind.SSO_RULES_CHANGED, describe(rule), "Rule removed");
  }

  /** What the rules make of {@code claims}, read at every single sign-on. */
  @Transactional(readOnly = true)
  public Outcome evaluate(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Long department = null;
    for (SsoRule rule : rules.findAllByOrderByIdAsc()) {
      if (!rule.matches(claims)) {
        continue;
      }
      if (rule.getRole() != null) {
        roles.add(rule.getRole());
      }
      if (department == null && rule.getDepartmentId() != null) {
        department = rule.getDepartmentId();
      }
    }
    if (roles.isEmpty()) {
      roles.add(Role.MEMBER);
    }
    return new Outcome(roles, department);
  }

  private void check(SsoRuleForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    String claim = form.claim() == null ? "" : form.claim().trim();
    if (!CLAIM.matcher(claim).matches()) {
      problems.add(
          new FieldProblem(
              "claim",
              "Name the claim, e.g. groups or email: up to 100 letters, digits and _ . : / -."));
    }
    String value = form.value() == null ? "" : form.value().trim();
    if (value.isEmpty()) {
      problems.add(new FieldProblem("value", "Enter the value the claim must have."));
    } else if (value.length() > MAX_VALUE) {
      problems.add(new FieldProblem("value", "Use at most " + MAX_VALUE + " characters."));
    } else if (InputRules.hasControlCharacter(value)) {
      problems.add(new FieldProblem("value", InputRules.CONTROL_CHARACTER_MESSAGE));
    }
    if (form.role() == null && form.departmentId() == null) {
      problems.add(new FieldProblem("role", "Choose a role, a department, or both."));
    }
    if (form.departmentId() != null && organization.department(form.departmentId()).isEmpty()) {
      problems.add(new FieldProblem("departmentId", "Choose a department from the list."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String describe(SsoRule rule) {
    return rule.getClaim()
        + " = "
        + rule.getClaimValue()
        + " → "
        + (rule.getRole() == null ? "" : rule.getRole().name())
        + (rule.getRole() != null && rule.getDepartmentId() != null ? ", " : "")
        + (rule.getDepartmentId() == null ? "" : "department #" + rule.getDepartmentId());
  }

  private SsoRule find(long id) {
    return rules.findById(id).orElseThrow(() -> new NotFoundException("Single sign-on rule", id));
  }
}
