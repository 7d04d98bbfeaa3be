package org.cairnpmo.projects.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * How a project is shown: its view with the names of its people and department, and the snapshot of
 * its fields that the change history compares.
 */
@Component
record ProjectViews(IdentityApi identity, OrganizationApi organization) {

  DisplayNames names(Collection<Project> page) {
    Set<Long> people = new HashSet<>();
    for (Project p : page) {
      if (p.getManagerId() != null) people.add(p.getManagerId());
      if (p.getSponsorId() != null) people.add(p.getSponsorId());
      p.sortedMembers().forEach(m -> people.add(m.getUserId()));
    }
    return new DisplayNames(identity.usersByIds(people), organization.departmentsById());
  }

  static ProjectView view(Project p, CurrentUser viewer, DisplayNames names) {
    return new ProjectView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getDescription(),
        p.getDepartmentId(),
        names.department(p.getDepartmentId()),
        p.getSponsorId(),
        names.person(p.getSponsorId()),
        p.getManagerId(),
        names.person(p.getManagerId()),
        p.getCategory(),
        p.getPriority(),
        p.getStatus(),
        p.getStatus().next(),
        p.getPlannedStart(),
        p.getPlannedFinish(),
        p.getBudgetAmount(),
        p.getBudgetCurrency(),
        p.isConfidential(),
        p.sortedMembers().stream()
            .map(
                m ->
                    new ProjectView.MemberView(
                        m.getUserId(), names.person(m.getUserId()), m.getRole()))
            .toList(),
        p.getVersion(),
        p.getCreatedAt(),
        p.getCreatedBy(),
        p.getUpdatedAt(),
        p.getUpdatedBy(),
        ProjectAccess.canEdit(viewer, p.getManagerId()) && !p.getStatus().isFinal(),
        p.getFinishedOn(),
        p.origin());
  }

  /** The project as people read it, field by field, for the change history. */
  static Map<String, String> snapshot(Project p, DisplayNames names) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("Code", p.getCode());
    s.put("Name", p.getName());
    s.put("Description", p.getDescription());
    s.put("Department", names.department(p.getDepartmentId()));
    s.put("Sponsor", names.person(p.getSponsorId()));
    s.put("Manager", names.person(p.getManagerId()));
    s.put("Category", p.getCategory().label());
    s.put("Priority", p.getPriority().label());
    s.put("Status", p.getStatus().label());
    s.put("Planned start", String.valueOf(p.getPlannedStart()));
    s.put("Planned finish", String.valueOf(p.getPlannedFinish()));
    s.put("Budget", money(p.getBudgetAmount(), p.getBudgetCurrency()));
    s.put("Confidential", p.isConfidential() ? "Yes" : "No");
    s.put(
        "Members",
        String.join(
            ", ",
            p.sortedMembers().stream()
                .map(m -> names.person(m.getUserId()) + " (" + m.getRole().label() + ")")
                .toList()));
    return s;
  }

  private static String money(BigDecimal amount, String currency) {
    return amount == null ? null : amount.toPlainString() + " " + currency;
  }
}
