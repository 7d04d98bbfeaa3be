package org.cairnpmo.practices.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonRecorded;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.LessonSuggestion;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned: recorded by the people on a project, curated by the PMO, and found again by
 * filters and by relevance. A lesson is exactly as visible as its project: the register decides,
 * for one lesson (404 as if it did not exist), for lists and for their counts alike.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonService {

  /** Newest first. */
  public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "id");

  /** How deep the full-text search pages: offset and size together at most. */
  public static final int SEARCH_WINDOW = 10_000;

  private final LessonRepository lessons;
  private final LessonSearch index;
  private final ProjectsApi projects;
  private final GovernanceApi governance;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public LessonView lesson(long id, CurrentUser viewer) {
    return view(find(id, viewer), viewer);
  }

  /** The lessons {@code viewer} may see that match {@code filter}, across every project. */
  @Transactional(readOnly = true)
  public Page<LessonView> search(LessonFilter filter, Pageable pageable, CurrentUser viewer) {
    return search(filter, null, pageable, viewer);
  }

  /** The project's lessons; "not found" if {@code viewer} may not see the project. */
  @Transactional(readOnly = true)
  public Page<LessonView> ofProject(
      long projectId, LessonFilter filter, Pageable pageable, CurrentUser viewer) {
    project(projectId, viewer);
    return search(filter, projectId, pageable, viewer);
  }

  /** The project as {@code viewer} sees it; "not found" otherwise. */
  @Transactional(readOnly = true)
  public ProjectView project(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  /** The phases of the project's lifecycle, in order; empty when it is on none. */
  @Transactional(readOnly = true)
  public List<String> phasesOf(long projectId, CurrentUser viewer) {
    return governance
        .projectLifecycle(projectId, viewer)
        .map(l -> l.gates().stream().map(ProjectGovernanceView.GateView::phaseName).toList())
        .orElse(List.of());
  }

  /** The phase the project is in on its lifecycle; null when it is on none. */
  @Transactional(readOnly = true)
  public String currentPhase(long projectId) {
    GovernanceApi.CurrentPhase phase = governance.currentPhases(List.of(projectId)).get(projectId);
    return phase == null ? null : phase.phaseName();
  }

  private Page<LessonView> search(
      LessonFilter filter, Long projectId, Pageable pageable, CurrentUser viewer) {
    LessonFilter f = filter == null ? LessonFilter.none() : filter;
    List<List<Long>> inDepartment = null;
    if (f.departmentId() != null) {
      Set<Long> ids =
          projects.searchIds(
              new ProjectFilter(null, Set.of(), f.departmentId(), null, null, null), viewer);
      if (ids.isEmpty()) {
        return new PageImpl<>(List.of(), pageable, 0);
      }
      inDepartment = InLists.chunks(ids);
    }
    List<List<Long>> hidden = InLists.chunks(projects.hiddenProjectIds(viewer));
    Specification<Lesson> spec = where(f, projectId, hidden, inDepartment);
    Page<Lesson> page = lessons.findAll(spec, pageable);
    List<LessonView> views = views(page.getContent(), viewer);
    return new PageImpl<>(views, pageable, page.getTotalElements());
  }

  private static Specification<Lesson> where(
      LessonFilter f, Long projectId, List<List<Long>> hidden, List<List<Long>> inDepartment) {
    return (root, query, cb) -> {
      List<Predicate> parts = new ArrayList<>();
      for (List<Long> chunk : hidden) {
        parts.add(cb.not(root.get("projectId").in(chunk)));
      }
      if (inDepartment != null) {
        parts.add(
            cb.or(
                inDepartment.stream()
                    .map(chunk -> root.get("projectId").in(chunk))
                    .toArray(Predicate[]::new)));
      }
      if (projectId != null) {
        parts.add(cb.equal(root.get("projectId"), projectId));
      }
      if (f.category() != null) {
        parts.add(cb.equal(root.get("category"), f.category()));
      }
      if (f.phase() != null && !f.phase().isBlank()) {
        parts.add(
            cb.equal(cb.lower(root.get("phaseName")), f.phase().trim().toLowerCase(Locale.ROOT)));
      }
      if (f.tag() != null && !f.tag().isBlank()) {
        parts.add(cb.isMember(Lesson.tag(f.tag()), root.<Collection<String>>get("tags")));
      }
      if (f.positive() != null) {
        parts.add(cb.equal(root.get("positive"), f.positive()));
      }
      if (f.status() != null) {
        parts.add(cb.equal(root.get("status"), f.status()));
      } else {
        parts.add(cb.notEqual(root.get("status"), LessonStatus.MERGED));
      }
      if (f.text() != null && !f.text().isBlank()) {
        String like =
            "%"
                + f.text()
                    .trim()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%";
        parts.add(
            cb.or(
                List.of("title", "whatHappened", "impact", "rootCause", "recommendation").stream()
                    .map(field -> cb.like(cb.lower(cb.coalesce(root.get(field), "")), like, '\\'))
                    .toArray(Predicate[]::new)));
      }
      return cb.and(parts.toArray(Predicate[]::new));
    };
  }

  /**
   * The lessons of other projects that matter most for the category, phase and text, best first
   * ({@link LessonSearch#relevant}), lessons of projects of {@code departmentId} boosted; only
   * lessons {@code viewer} may see, none of {@code excludeProjectId}, none merged, and none that
   * matches nothing.
   */
  @Transactional(readOnly = true)
  public List<LessonSuggestion> relevant(
      LessonCategory category,
      String phase,
      String text,
      Long departmentId,
      Long excludeProjectId,
      int limit,
      CurrentUser viewer) {
    Set<Long> inDepartment =
        departmentId == null
            ? Set.of()
            : projects.searchIds(
                new ProjectFilter(null, Set.of(), departmentId, null, null, null), viewer);
    List<LessonSearch.Scored> best =
        index.relevant(
            category,
            phase,
            text,
            inDepartment,
            excludeProjectId,
            limit,
            projects.hiddenProjectIds(viewer));
    Map<Long, Lesson> byId = byId(best.stream().map(LessonSearch.Scored::id).toList());
    Map<Long, ProjectView> visible =
        projects.visibleProjects(
            byId.values().stream().map(Lesson::getProjectId).distinct().toList(), viewer);
    List<LessonSuggestion> out = new ArrayList<>();
    for (LessonSearch.Scored s : best) {
      Lesson l = byId.get(s.id());
      ProjectView p = l == null ? null : visible.get(l.getProjectId());
      if (p == null) {
        continue;
      }
      out.add(
          new LessonSuggestion(
              l.getId(),
              l.getTitle(),
              l.getRecommendation(),
              l.getCategory(),
              l.getPhaseName(),
              l.isPositive(),
              p.id(),
              p.code(),
              p.name(),
              Math.round(s.score() * 100) / 100.0));
    }
    return out;
  }

  /**
   * The full-text search of lessons: every word of {@code filter.text()} (or a near spelling)
   * matched, best first (newest first without text), with highlighted snippets and the counts of
   * each facet; only lessons {@code viewer} may see.
   */
  @Transactional(readOnly = true)
  public LessonResults find(LessonFilter filter, Pageable pageable, CurrentUser viewer) {
    if (pageable.getOffset() + pageable.getPageSize() > SEARCH_WINDOW) {
      // Lucene collects offset + size hits to find a page: a deep page would cost memory for
      // nothing a person reads.
      throw InvalidInputException.of(
          "page",
          "Search results go "
              + SEARCH_WINDOW
              + " lessons deep: narrow the search with a filter or more words.");
    }
    LessonFilter f = filter == null ? LessonFilter.none() : filter;
    Set<Long> inDepartment = null;
    if (f.departmentId() != null) {
      inDepartment =
          projects.searchIds(
              new ProjectFilter(null, Set.of(), f.departmentId(), null, null, null), viewer);
    }
    LessonSearch.Found found =
        index.find(
            f,
            inDepartment,
            (int) pageable.getOffset(),
            pageable.getPageSize(),
            projects.hiddenProjectIds(viewer));
    Map<Long, LessonView> views =
        views(
                List.copyOf(
                    byId(found.hits().stream().map(LessonSearch.Hit::id).toList()).values()),
                viewer)
            .stream()
            .collect(Collectors.toMap(LessonView::id, v -> v));
    List<LessonResults.Hit> hits = new ArrayList<>();
    for (LessonSearch.Hit h : found.hits()) {
      LessonView v = views.get(h.id());
      if (v != null) {
        hits.add(
            new LessonResults.Hit(
                v, h.titleHtml(), h.snippetsHtml(), Math.round(h.score() * 100) / 100.0));
      }
    }
    return new LessonResults(
        new PageImpl<>(hits, pageable, found.total()),
        found.facets(projects.visibleProjects(found.perProject().keySet(), viewer)));
  }

  /** The lessons of these ids, whoever may see them: the caller filters. */
  List<Lesson> all(List<Long> ids) {
    return lessons.findAllById(ids);
  }

  private Map<Long, Lesson> byId(List<Long> ids) {
    Map<Long, Lesson> byId = new HashMap<>();
    lessons.findAllById(ids).forEach(l -> byId.put(l.getId(), l));
    return byId;
  }

  // ---------------------------------------------------------------- changing

  @Transactional
  public LessonView record(long projectId, LessonData data, CurrentUser author) {
    ProjectView project = project(projectId, author);
    PracticesAccess.requireRecorder(project, author);
    project.requireChangeable();
    checkPhase(project, data, author);
    Lesson lesson =
        lessons.saveAndFlush(Lesson.record(projectId, data, author.username(), clock.instant()));
    events.publishEvent(new LessonRecorded(lesson.getId(), projectId, lesson.getCategory()));
    return view(lesson, author);
  }

  @Transactional
  public LessonView revise(long id, LessonData data, long expectedVersion, CurrentUser editor) {
    Lesson lesson = find(id, editor);
    ProjectView project = project(lesson.getProjectId(), editor);
    if (!PracticesAccess.mayEdit(project, lesson.getCreatedBy(), editor)) {
      throw new AccessDeniedException(
          "Only whoever recorded the lesson, the project's manager and the PMO change it");
    }
    // The PMO's curation (review, adopt, merge) goes on after closure: it keeps the library.
    project.requireChangeable();
    requireVersion(lesson, expectedVersion);
    checkPhase(project, data, editor);
    lesson.revise(data, editor.username(), clock.instant());
    return flushed(lesson, editor);
  }

  @Transactional
  public LessonView review(long id, long expectedVersion, CurrentUser by) {
    return curate(id, expectedVersion, by, Lesson::review);
  }

  @Transactional
  public LessonView adopt(long id, long expectedVersion, CurrentUser by) {
    return curate(id, expectedVersion, by, Lesson::adopt);
  }

  /** Merges the duplicate {@code id} into {@code survivorId}, which must be visible too. */
  @Transactional
  public LessonView merge(long id, Long survivorId, long expectedVersion, CurrentUser by) {
    if (survivorId == null) {
      throw InvalidInputException.of("survivorId", "Name the lesson to merge this one into.");
    }
    Lesson lesson = curated(id, expectedVersion, by);
    Optional<Lesson> survivor =
        lessons
            .findById(survivorId)
            .filter(s -> projects.visibleProject(s.getProjectId(), by).isPresent());
    if (survivor.isEmpty()) {
      throw InvalidInputException.of("survivorId", "There is no lesson " + survivorId + ".");
    }
    lesson.mergeInto(survivor.get(), by.username(), clock.instant());
    return flushed(lesson, by);
  }

  /** A step of the PMO's curation that needs nothing but who takes it and when. */
  private interface Curation {

    void apply(Lesson lesson, String by, Instant at);
  }

  private LessonView curate(long id, long expectedVersion, CurrentUser by, Curation step) {
    Lesson lesson = curated(id, expectedVersion, by);
    step.apply(lesson, by.username(), clock.instant());
    return flushed(lesson, by);
  }

  /** The changed lesson written now, so that its view shows the new version. */
  private LessonView flushed(Lesson lesson, CurrentUser viewer) {
    lessons.flush();
    return view(lesson, viewer);
  }

  LessonView view(Lesson lesson, CurrentUser viewer) {
    return views(List.of(lesson), viewer).get(0);
  }

  private Lesson curated(long id, long expectedVersion, CurrentUser by) {
    Lesson lesson = find(id, by);
    PracticesAccess.requireCurator(by);
    requireVersion(lesson, expectedVersion);
    return lesson;
  }

  /** The lesson, if {@code viewer} may see its project; "not found" otherwise. */
  Lesson find(long id, CurrentUser viewer) {
    return lessons
        .findById(id)
        .filter(l -> projects.visibleProject(l.getProjectId(), viewer).isPresent())
        .orElseThrow(() -> new NotFoundException("Lesson", id));
  }

  static void requireVersion(Lesson lesson, long expectedVersion) {
    if (lesson.getVersion() != expectedVersion) {
      throw new StaleVersionException("The lesson", expectedVersion, lesson.getVersion());
    }
  }

  /** Where the project is on a lifecycle, the phase must be one of its phases. */
  private void checkPhase(ProjectView project, LessonData data, CurrentUser by) {
    if (data.phase() == null || data.phase().isBlank()) {
      return;
    }
    List<String> phases = phasesOf(project.id(), by);
    if (phases.isEmpty()) {
      return;
    }
    String wanted = data.phase().trim();
    if (phases.stream().noneMatch(p -> p.equalsIgnoreCase(wanted))) {
      throw InvalidInputException.of(
          "phase",
          "The lifecycle of "
              + project.code()
              + " has no phase '"
              + wanted
              + "'. Its phases: "
              + String.join(", ", phases)
              + ".");
    }
  }

  // ---------------------------------------------------------------- views

  private List<LessonView> views(List<Lesson> list, CurrentUser viewer) {
    Map<Long, ProjectView> projectsById =
        projects.visibleProjects(
            list.stream().map(Lesson::getProjectId).distinct().toList(), viewer);
    boolean curator = PracticesAccess.mayCurate(viewer);
    return list.stream()
        .filter(l -> projectsById.containsKey(l.getProjectId()))
        .map(
            l -> {
              ProjectView p = projectsById.get(l.getProjectId());
              boolean merged = l.getStatus() == LessonStatus.MERGED;
              return new LessonView(
                  l.getId(),
                  p.id(),
                  p.code(),
                  p.name(),
                  p.departmentName(),
                  l.getTitle(),
                  l.getWhatHappened(),
                  l.getImpact(),
                  l.getRootCause(),
                  l.getRecommendation(),
                  l.getCategory(),
                  l.getPhaseName(),
                  l.getTags(),
                  l.isPositive(),
                  l.getStatus(),
                  l.getMergedIntoId(),
                  l.getCuratedAt(),
                  l.getCuratedBy(),
                  l.getVersion(),
                  l.getCreatedAt(),
                  l.getCreatedBy(),
                  l.getUpdatedAt(),
                  l.getUpdatedBy(),
                  !merged && PracticesAccess.mayEdit(p, l.getCreatedBy(), viewer),
                  !merged && curator);
            })
        .toList();
  }
}
