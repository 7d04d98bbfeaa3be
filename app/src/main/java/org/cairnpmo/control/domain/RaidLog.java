package org.cairnpmo.control.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.RaidViews.Names;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's RAID log: risks, issues, assumptions, decisions and inter-project dependencies, read,
 * logged and changed; risks turned into issues when they occur. Every use case checks {@link
 * ControlAccess} first. Escalation is in {@link RaidEscalations}, heat maps and the summary in
 * {@link RaidHeatMaps}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RaidLog {

  /** Projects whose RAID log is live: the portfolio heat map counts only these. */
  public static final Set<ProjectStatus> LIVE = ProjectStatus.unfinished();

  private final RaidEntries entries;
  private final RaidViews views;
  private final IssueRepository issues;
  private final RiskRepository risks;
  private final DependencyRepository dependencies;
  private final ControlAccess access;
  private final Clock clock;

  // ================================================================ any kind of entry
  // (logRisk and logIssue below are shortcuts that other tests use)

  @Transactional(readOnly = true)
  public <V extends Record> V get(
      RaidType<?, V> type, long projectId, long id, CurrentUser viewer) {
    return entries.get(entries.of(type), projectId, id, viewer);
  }

  /** Logs a new entry; its owner is the one named, or the author. */
  @Transactional
  public <D extends Record, V extends Record> V log(
      RaidType<D, V> type, long projectId, D data, CurrentUser author) {
    return entries.log(entries.of(type), projectId, data, author);
  }

  /** Changes an entry read at {@code expectedVersion}; its owner stays unless another is named. */
  @Transactional
  public <D extends Record, V extends Record> V revise(
      RaidType<D, V> type,
      long projectId,
      long id,
      D data,
      long expectedVersion,
      CurrentUser editor) {
    return entries.revise(entries.of(type), projectId, id, data, expectedVersion, editor);
  }

  // ================================================================ risks

  @Transactional(readOnly = true)
  public Page<RiskView> risks(
      long projectId,
      RiskStatus status,
      Integer probability,
      Integer impact,
      int page,
      int size,
      CurrentUser viewer) {
    Object[] filters = {"status", status, "probability", probability, "impact", impact};
    return entries.list(entries.risks, projectId, page, size, viewer, filters);
  }

  @Transactional
  public RiskView logRisk(long projectId, RiskData data, CurrentUser author) {
    return entries.log(entries.risks, projectId, data, author);
  }

  /** The risk happened: it becomes an issue that links back to it. Returns the new issue. */
  @Transactional
  public IssueView riskOccurred(
      long projectId, long riskId, OccurrenceData data, long expectedVersion, CurrentUser editor) {
    ProjectView project = access.project(projectId, editor);
    Risk risk = entries.find(entries.risks, projectId, riskId);
    RaidEntries.requireWritable(project, editor, risk, false);
    ControlAccess.requireOpen(project); // a new issue: the log of a finished project is kept
    risk.requireVersion(expectedVersion);
    Long owner = entries.owner(data.ownerId(), risk.getOwnerId());
    Issue issue = risk.occur(data, owner, editor.username(), clock.instant());
    issue = issues.save(issue); // the identity insert runs now; the risk is written once below
    risk.linkIssue(issue.getId());
    risks.saveAndFlush(risk);
    entries.changed(projectId);
    return views.issue(project, issue, editor, views.names(List.of(issue)));
  }

  // ================================================================ issues

  @Transactional(readOnly = true)
  public Page<IssueView> issues(
      long projectId,
      IssueStatus status,
      IssueSeverity severity,
      int page,
      int size,
      CurrentUser viewer) {
    return entries.list(
        entries.issues, projectId, page, size, viewer, "status", status, "severity", severity);
  }

  @Transactional
  public IssueView logIssue(long projectId, IssueData data, CurrentUser author) {
    return entries.log(entries.issues, projectId, data, author);
  }

  // ================================================================ assumptions and decisions

  @Transactional(readOnly = true)
  public Page<AssumptionView> assumptions(
      long projectId, Boolean validated, int page, int size, CurrentUser viewer) {
    return entries.list(entries.assumptions, projectId, page, size, viewer, "validated", validated);
  }

  @Transactional(readOnly = true)
  public Page<DecisionView> decisions(long projectId, int page, int size, CurrentUser viewer) {
    return entries.list(entries.decisions, projectId, page, size, viewer);
  }

  // ================================================================ dependencies

  @Transactional(readOnly = true)
  public Page<DependencyView> dependencies(
      long projectId, DependencyStatus status, int page, int size, CurrentUser viewer) {
    return entries.list(entries.dependencies, projectId, page, size, viewer, "status", status);
  }

  /**
   * Dependencies that other projects logged on this one, as far as {@code viewer} may see the
   * projects that logged them (read-only here: they belong to the other project's log).
   */
  @Transactional(readOnly = true)
  public List<DependencyView> dependenciesLoggedElsewhere(long projectId, CurrentUser viewer) {
    access.project(projectId, viewer);
    List<Dependency> found = dependencies.findByOtherProjectId(projectId);
    Names names = views.names(found);
    List<DependencyView> result = new ArrayList<>();
    for (Dependency d : found) {
      names
          .project(d.getProjectId(), viewer)
          .ifPresent(p -> result.add(views.dependency(p, d, viewer, names)));
    }
    return result;
  }

  /** The most projects the dependency picker offers for one search. */
  public static final int CANDIDATES = 20;

  /**
   * Projects {@code viewer} may pick as the other side of a dependency: live ones whose code or
   * name contains {@code query}, by code, at most {@link #CANDIDATES}. The search runs in the
   * database, so a portfolio of thousands of projects is never listed whole; an empty query finds
   * nothing. Only who may see the project itself may search.
   */
  @Transactional(readOnly = true)
  public ProjectChoices dependencyChoices(
      long projectId, Long chosenId, String query, CurrentUser viewer) {
    access.project(projectId, viewer);
    ProjectView chosen =
        chosenId == null || chosenId == projectId
            ? null
            : access.find(chosenId, viewer).orElse(null);
    if (query == null || query.isBlank()) {
      return new ProjectChoices(chosen, List.of(), CANDIDATES);
    }
    ProjectFilter filter = new ProjectFilter(query.strip(), LIVE, null, null, null, null);
    List<ProjectView> found =
        access.search(filter, PageRequest.of(0, CANDIDATES + 1, Sort.by("code")), viewer).stream()
            .filter(p -> p.id() != projectId)
            .limit(CANDIDATES)
            .toList();
    return new ProjectChoices(chosen, found, CANDIDATES);
  }
}
