package org.cairnpmo.archive.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.archive.bundle.BundleAccess;
import org.cairnpmo.archive.domain.DocumentPurge;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of document bytes after closure. A finished project's documents are kept for the years
 * its category's rule says (or the default rule's; without either, for ever); then a purge removes
 * the bytes of every version and keeps the records, which show the day of the purge. A legal hold
 * on the project stops it. Each purge is logged ({@code arc_purge}) and a purged version is never
 * purged again, so the job may run any number of times.
 */
@Service
public class RetentionService {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
  static final String SYSTEM = "system";

  private final RetentionRuleRepository rules;
  private final LegalHoldRepository holds;
  private final PurgeRecordRepository purges;
  private final DocumentPurge purge;
  private final ProjectsApi projects;
  private final Clock clock;

  RetentionService(
      RetentionRuleRepository rules,
      LegalHoldRepository holds,
      PurgeRecordRepository purges,
      DocumentPurge purge,
      ProjectsApi projects,
      Clock clock) {
    this.rules = rules;
    this.holds = holds;
    this.purges = purges;
    this.purge = purge;
    this.projects = projects;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- rules

  @Transactional(readOnly = true)
  public List<RetentionViews.Rule> rules(CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return rules.findAllByOrderByScope().stream().map(RetentionService::view).toList();
  }

  /** One rule, for its edit form; 404 when there is none. */
  @Transactional(readOnly = true)
  public RetentionViews.Rule rule(long id, CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return view(rules.findById(id).orElseThrow(() -> new NotFoundException("Retention rule", id)));
  }

  @Transactional
  public RetentionViews.Rule addRule(String scope, Integer keepYears, CurrentUser by) {
    BundleAccess.requireArchivist(by);
    String checked = scope(scope);
    int years = years(keepYears);
    if (rules.findByScope(checked).isPresent()) {
      throw new BusinessRuleException(
          "rule-exists",
          "There is a rule for " + label(checked) + " already: change its years instead.");
    }
    return view(
        rules.saveAndFlush(new RetentionRule(checked, years, by.username(), clock.instant())));
  }

  @Transactional
  public RetentionViews.Rule changeRule(
      long id, Integer keepYears, long expectedVersion, CurrentUser by) {
    BundleAccess.requireArchivist(by);
    RetentionRule rule =
        rules.findById(id).orElseThrow(() -> new NotFoundException("Retention rule", id));
    if (rule.getVersion() != expectedVersion) {
      throw new StaleVersionException("Retention rule", expectedVersion, rule.getVersion());
    }
    rule.change(years(keepYears), by.username(), clock.instant());
    return view(rules.saveAndFlush(rule));
  }

  @Transactional
  public void removeRule(long id, CurrentUser by) {
    BundleAccess.requireArchivist(by);
    RetentionRule rule =
        rules.findById(id).orElseThrow(() -> new NotFoundException("Retention rule", id));
    rules.delete(rule);
  }

  private static String scope(String scope) {
    if (scope == null || scope.isBlank() || scope.equalsIgnoreCase(RetentionRule.DEFAULT)) {
      return RetentionRule.DEFAULT;
    }
    String name = scope.strip().toUpperCase(java.util.Locale.ROOT);
    if (Arrays.stream(ProjectCategory.values()).noneMatch(c -> c.name().equals(name))) {
      throw InvalidInputException.of(
          "scope",
          "Choose DEFAULT or a project category ("
              + Arrays.toString(ProjectCategory.values())
              + ").");
    }
    return name;
  }

  private static int years(Integer keepYears) {
    if (keepYears == null || keepYears < 1 || keepYears > 100) {
      throw InvalidInputException.of("keepYears", "Keep documents 1 to 100 years after closure.");
    }
    return keepYears;
  }

  static String label(String scope) {
    return scope.equals(RetentionRule.DEFAULT)
        ? "every other project"
        : "projects of the category " + ProjectCategory.valueOf(scope).label();
  }

  private static RetentionViews.Rule view(RetentionRule r) {
    return new RetentionViews.Rule(
        r.getId(), r.getScope(), label(r.getScope()), r.getKeepYears(), r.getVersion());
  }

  // ---------------------------------------------------------------- legal holds

  @Transactional(readOnly = true)
  public List<RetentionViews.Hold> holds(CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return holds.findAllByOrderByHeldAtDesc().stream()
        .map(
            h ->
                new RetentionViews.Hold(
                    h.getProjectId(),
                    projects
                        .project(h.getProjectId())
                        .map(ProjectView::code)
                        .orElse("#" + h.getProjectId()),
                    h.getReason(),
                    h.getHeldBy(),
                    h.getHeldAt()))
        .toList();
  }

  /** Puts the project on legal hold (or changes the reason of its hold). */
  @Transactional
  public RetentionViews.Hold hold(long projectId, String reason, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    BundleAccess.requireArchivist(by);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Give the reason for the legal hold.");
    }
    if (reason.length() > 500) {
      throw InvalidInputException.of("reason", "At most 500 characters.");
    }
    if (InputRules.hasControlCharacter(reason)) {
      throw InvalidInputException.of("reason", InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    Instant now = clock.instant();
    holds.findById(projectId).ifPresent(holds::delete);
    holds.flush();
    LegalHold hold =
        holds.saveAndFlush(new LegalHold(projectId, reason.strip(), by.username(), now));
    LOG.info("Legal hold on project {} by {}: {}", project.code(), by.username(), hold.getReason());
    return new RetentionViews.Hold(
        projectId, project.code(), hold.getReason(), hold.getHeldBy(), now);
  }

  @Transactional
  public void release(long projectId, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    BundleAccess.requireArchivist(by);
    LegalHold hold =
        holds.findById(projectId).orElseThrow(() -> new NotFoundException("Legal hold", projectId));
    holds.delete(hold);
    LOG.info("Legal hold on project {} released by {}", project.code(), by.username());
  }

  // ---------------------------------------------------------------- the purge

  @Transactional(readOnly = true)
  public List<RetentionViews.Purge> purges(CurrentUser viewer) {
    BundleAccess.requireArchivist(viewer);
    return purges.findTop50ByOrderByPurgedAtDescIdDesc().stream()
        .map(
            p ->
                new RetentionViews.Purge(
                    p.getProjectId(),
                    projects
                        .project(p.getProjectId())
                        .map(ProjectView::code)
                        .orElse("#" + p.getProjectId()),
                    p.getPurgedAt(),
                    p.getPurgedBy(),
                    p.getVersions(),
                    p.getSizeBytes(),
                    p.getRule()))
        .toList();
  }

  /** "Run now", for the PMO. */
  @Transactional
  public RetentionViews.Run runNow(CurrentUser by) {
    BundleAccess.requireArchivist(by);
    return run(by.username());
  }

  /** The daily run. */
  @Transactional
  public RetentionViews.Run run(String actor) {
    Map<String, RetentionRule> byScope =
        rules.findAll().stream()
            .collect(Collectors.toMap(RetentionRule::getScope, Function.identity()));
    if (byScope.isEmpty()) {
      return new RetentionViews.Run(0, 0, 0);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
    int projectCount = 0;
    int versions = 0;
    long bytes = 0;
    int page = 0;
    Page<ProjectView> found;
    do {
      found = projects.everyProject(page++, 200);
      for (ProjectView project : found) {
        Optional<RetentionRule> rule = ruleFor(project, byScope);
        LocalDate finished = project.finishedOn();
        if (!project.isFinished()
            || finished == null
            || rule.isEmpty()
            || today.isBefore(rule.get().purgeableFrom(finished))
            || holds.existsById(project.id())) {
          continue;
        }
        DocumentPurge.Purged purged = purge.purgeProject(project.id(), now);
        if (purged.versions() > 0) {
          String why =
              "Keep "
                  + rule.get().getKeepYears()
                  + " years after closure ("
                  + label(rule.get().getScope())
                  + ")";
          purges.save(
              new PurgeRecord(project.id(), now, actor, purged.versions(), purged.bytes(), why));
          LOG.info(
              "Retention purged {} document versions ({} bytes) of project {}, finished {}: {}",
              purged.versions(),
              purged.bytes(),
              project.code(),
              finished,
              why);
          projectCount++;
          versions += purged.versions();
          bytes += purged.bytes();
        }
      }
    } while (found.hasNext());
    return new RetentionViews.Run(projectCount, versions, bytes);
  }

  private static Optional<RetentionRule> ruleFor(
      ProjectView project, Map<String, RetentionRule> byScope) {
    RetentionRule own = project.category() == null ? null : byScope.get(project.category().name());
    return Optional.ofNullable(own != null ? own : byScope.get(RetentionRule.DEFAULT));
  }
}
