package org.cairnpmo.practices.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.GovernanceApi.ProjectGates;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Process compliance: each project against the method its tier follows, its gates, its status
 * reports and its lessons ({@link ComplianceRules}), computed at each read over the projects the
 * reader may see. A deliverable is there when the archive holds an approved document for it; the
 * people on a project and the PMO may also mark a deliverable delivered, and checklist items done.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceService {

  /** The orders the portfolio view sorts by. */
  public static final Map<String, Comparator<ProjectCompliance>> ORDERS =
      Map.of(
          "score", Comparator.comparingInt(ProjectCompliance::score),
          "code", Comparator.comparing(ProjectCompliance::code),
          "name", Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));

  private final ProjectsApi projects;
  private final GovernanceApi governance;
  private final ControlApi control;
  private final MethodService methods;
  private final ComplianceMarks marks;
  private final MethodDeliverables catalog;
  private final ArchiveApi archive;
  private final Clock clock;

  /** The project's compliance; "not found" if the viewer may not see it. */
  @Transactional(readOnly = true)
  public ProjectCompliance project(long projectId, CurrentUser viewer) {
    return evaluate(List.of(projects.requireVisible(projectId, viewer)), viewer).get(0);
  }

  /**
   * The visible projects' compliance, filtered, sorted by {@code sort} ("score", "code" or "name";
   * ascending unless {@code descending}) then by code, one page.
   */
  @Transactional(readOnly = true)
  public Page<ProjectCompliance> portfolio(
      ComplianceFilter filter,
      String sort,
      boolean descending,
      Pageable pageable,
      CurrentUser viewer) {
    Comparator<ProjectCompliance> order = ORDERS.get(sort == null ? "score" : sort);
    if (order == null) {
      throw InvalidInputException.of("sort", "Sort by score, code or name.");
    }
    if (filter.minScore() != null && (filter.minScore() < 0 || filter.minScore() > 100)
        || filter.maxScore() != null && (filter.maxScore() < 0 || filter.maxScore() > 100)) {
      throw InvalidInputException.of("minScore", "A score is between 0 and 100.");
    }
    List<ProjectView> all = new ArrayList<>();
    Page<ProjectView> page;
    int number = 0;
    ProjectFilter register =
        new ProjectFilter(
            null,
            filter.status() == null ? Set.of() : Set.of(filter.status()),
            filter.departmentId(),
            null,
            null,
            null);
    do {
      page =
          projects.search(
              register, PageRequest.of(number++, Paging.MAX_SIZE, Sort.by("code")), viewer);
      all.addAll(page.getContent());
    } while (page.hasNext());
    List<ProjectCompliance> found =
        evaluate(all, viewer).stream()
            .filter(filter::keeps)
            .sorted((descending ? order.reversed() : order).thenComparing(ProjectCompliance::code))
            .toList();
    return Paging.slice(found, pageable);
  }

  /**
   * Marks an item of the project's method done (a deliverable delivered, with where it is; a
   * checklist item done), or takes the mark back. The people on the project and the PMO; the item
   * must be one of the method's for that phase.
   */
  @Transactional
  public ProjectCompliance mark(
      long projectId,
      MarkKind kind,
      String phase,
      String item,
      String reference,
      boolean done,
      CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    if (!PracticesAccess.mayRecord(project, by)) {
      throw new AccessDeniedException(
          "Only the people on the project and the PMO mark its method's items done");
    }
    project.requirePlanningOpen();
    if (kind == null) {
      throw InvalidInputException.of("kind", "Say DELIVERABLE or CHECK.");
    }
    if (reference != null
        && (reference.length() > 1000 || InputRules.hasControlCharacter(reference))) {
      throw InvalidInputException.of(
          "reference", "At most 1000 characters, without control characters.");
    }
    MethodView method = methodOf(projectId);
    if (method == null) {
      throw InvalidInputException.of("phase", "The project's tier follows no published method.");
    }
    MethodView.PhaseView ph =
        method.phases().stream()
            .filter(p -> phase != null && p.phase().equalsIgnoreCase(phase.trim()))
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "phase",
                        "The method has no phase '"
                            + (phase == null ? "" : phase.trim())
                            + "'. Its phases: "
                            + method.phases().stream()
                                .map(MethodView.PhaseView::phase)
                                .collect(Collectors.joining(", "))
                            + "."));
    List<String> items =
        kind == MarkKind.CHECK
            ? ph.checklist()
            : ph.deliverables().stream().map(d -> d.name()).toList();
    String name =
        items.stream()
            .filter(i -> item != null && i.equalsIgnoreCase(item.trim()))
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "item",
                        "The phase "
                            + ph.phase()
                            + " has no "
                            + (kind == MarkKind.CHECK ? "checklist item" : "deliverable")
                            + " '"
                            + (item == null ? "" : item.trim())
                            + "'."));
    if (done) {
      marks.mark(
          projectId,
          kind,
          ph.phase(),
          name,
          reference == null || reference.isBlank() ? null : reference.trim(),
          clock.instant(),
          by.username());
    } else {
      marks.unmark(projectId, kind, ph.phase(), name);
    }
    return project(projectId, by);
  }

  private MethodView methodOf(long projectId) {
    return catalog.methodOf(projectId);
  }

  private List<ProjectCompliance> evaluate(List<ProjectView> list, CurrentUser viewer) {
    List<Long> ids = list.stream().map(ProjectView::id).toList();
    Map<Long, ProjectGates> gates = governance.projectGates(ids);
    var reports = control.reportDeadlines(ids);
    var reviews = governance.gateReviews(ids);
    var marked = marks.of(ids);
    var lessons = marks.lessonCounts(ids);
    var documents = archive.deliverableDocuments(ids, viewer);
    Map<Long, MethodView> byTier = methods.publishedByTier();
    Map<Long, String> tiers =
        governance.tiers().stream().collect(Collectors.toMap(TierOutline::id, TierOutline::name));
    LocalDate today = LocalDate.now(clock);
    List<ProjectCompliance> result = new ArrayList<>();
    for (ProjectView p : list) {
      ProjectGates g = gates.get(p.id());
      Long tier = g == null ? null : g.tierId();
      MethodView method = tier == null ? null : byTier.get(tier);
      result.add(
          ComplianceRules.evaluate(
              new ComplianceRules.Input(
                  p,
                  g,
                  method,
                  tier == null ? null : tiers.get(tier),
                  marked.getOrDefault(p.id(), Map.of()),
                  documents.getOrDefault(p.id(), List.of()),
                  reports.getOrDefault(p.id(), List.of()),
                  reviews.getOrDefault(p.id(), List.of()),
                  lessons.getOrDefault(p.id(), 0)),
              today,
              clock.getZone()));
    }
    return result;
  }
}
