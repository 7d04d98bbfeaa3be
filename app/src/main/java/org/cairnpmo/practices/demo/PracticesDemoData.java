package org.cairnpmo.practices.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.LifecycleOutline;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.platform.search.SearchIndex;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.LessonData;
import org.cairnpmo.practices.domain.LessonFilter;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.LessonView;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.domain.PromotionData;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's methodology library and lessons learned, from {@code demo/practices-methods.yml} and
 * {@code demo/practices-lessons.yml}: "Cairn Standard" on the full lifecycle, published, followed
 * by the Major tier; "Agile delivery" on the standard lifecycle, a draft; and lessons on the demo's
 * closed, cancelled and active projects, a few of them promoted into the next version of "Cairn
 * Standard". A lesson's phase that the project's lifecycle does not have is left out. Lessons are
 * indexed for search as they are recorded, through JPA like any change, and the index is rebuilt
 * once they are all in. Goes through the module's services as the PMO, after the resource pool; the
 * project templates ({@link TemplatesDemoData}) and the maturity assessments ({@link
 * MaturityDemoData}) follow. What is already there (a method of the same name, a project with
 * lessons) is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class PracticesDemoData {

  static final String METHODS = "practices-methods.yml";
  static final String LESSONS = "practices-lessons.yml";

  private static final Logger log = LoggerFactory.getLogger(PracticesDemoData.class);

  private final MethodService methods;
  private final LessonService lessons;
  private final LessonPromotionService promotions;
  private final SearchIndex searchIndex;
  private final GovernanceApi governance;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final TemplatesDemoData templates;
  private final MaturityDemoData maturity;

  PracticesDemoData(
      MethodService methods,
      LessonService lessons,
      LessonPromotionService promotions,
      SearchIndex searchIndex,
      GovernanceApi governance,
      ProjectsApi projects,
      IdentityApi identity,
      TemplatesDemoData templates,
      MaturityDemoData maturity) {
    this.templates = templates;
    this.methods = methods;
    this.lessons = lessons;
    this.promotions = promotions;
    this.searchIndex = searchIndex;
    this.governance = governance;
    this.projects = projects;
    this.identity = identity;
    this.maturity = maturity;
  }

  /**
   * Loads after the resource pool (the templates' RACI names its roles), itself after the budgets.
   */
  @EventListener
  void on(DemoLoaded.Resources loaded) {
    try {
      load();
    } catch (RuntimeException e) {
      // The demo's practices must never keep Cairn from starting.
      log.error("Demo practices: not loaded: {}", e.getMessage(), e);
    }
  }

  void load() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo practices: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    UserSummary p = pmo.get();
    CurrentUser by = new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
    loadMethods(by);
    loadLessons(by);
    templates.load(by);
    maturity.load(by);
  }

  @SuppressWarnings("unchecked")
  private void loadMethods(CurrentUser by) {
    List<String> existing = methods.methods().stream().map(MethodView::name).toList();
    List<LifecycleOutline> lifecycles = governance.lifecycles();
    List<TierOutline> tiers = governance.tiers();
    for (Map<String, Object> entry : DemoResource.entries(METHODS)) {
      String name = (String) entry.get("name");
      if (existing.contains(name)) {
        continue;
      }
      Optional<LifecycleOutline> lifecycle =
          lifecycles.stream()
              .filter(l -> !l.retired() && l.name().equals(entry.get("lifecycle")))
              .findFirst();
      if (lifecycle.isEmpty()) {
        log.warn("Demo practices: no lifecycle {} for {}", entry.get("lifecycle"), name);
        continue;
      }
      List<Long> tierIds =
          tiers.stream()
              .filter(t -> ((List<String>) entry.get("tiers")).contains(t.name()))
              .map(TierOutline::id)
              .toList();
      List<MethodData.PhaseData> phases = new ArrayList<>();
      for (Map<String, Object> phase : (List<Map<String, Object>>) entry.get("phases")) {
        List<MethodData.DeliverableData> deliverables = new ArrayList<>();
        for (Map<String, Object> d :
            (List<Map<String, Object>>) phase.getOrDefault("deliverables", List.of())) {
          deliverables.add(
              new MethodData.DeliverableData(
                  (String) d.get("name"),
                  (String) d.get("description"),
                  (String) d.get("ownerRole"),
                  Boolean.TRUE.equals(d.get("required"))));
        }
        phases.add(
            new MethodData.PhaseData(
                (String) phase.get("phase"),
                (String) phase.get("guidance"),
                (List<String>) phase.getOrDefault("checklist", List.of()),
                deliverables));
      }
      try {
        MethodView method =
            methods.define(
                new MethodData(
                    name,
                    (String) entry.get("description"),
                    lifecycle.get().id(),
                    tierIds,
                    phases,
                    null),
                by);
        if (Boolean.TRUE.equals(entry.get("publish"))) {
          methods.publish(method.id(), method.version(), by);
        }
      } catch (RuntimeException e) {
        log.warn("Demo practices: method {} not loaded: {}", name, e.getMessage());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void loadLessons(CurrentUser by) {
    int loaded = 0;
    for (Map<String, Object> entry : DemoResource.entries(LESSONS)) {
      String name = (String) entry.get("project");
      Optional<ProjectView> project = project(name, by);
      if (project.isEmpty()) {
        log.warn("Demo practices: no project named {}", name);
        continue;
      }
      long projectId = project.get().id();
      String title = (String) entry.get("title");
      boolean known =
          lessons
              .ofProject(
                  projectId,
                  new LessonFilter(null, null, null, null, title, null, null),
                  PageRequest.of(0, 1),
                  by)
              .hasContent();
      if (known) {
        continue;
      }
      try {
        LessonView recorded =
            lessons.record(
                projectId,
                new LessonData(
                    title,
                    (String) entry.get("whatHappened"),
                    (String) entry.get("impact"),
                    (String) entry.get("rootCause"),
                    (String) entry.get("recommendation"),
                    LessonCategory.valueOf((String) entry.get("category")),
                    phase(projectId, (String) entry.get("phase"), by),
                    (List<String>) entry.getOrDefault("tags", List.of()),
                    Boolean.TRUE.equals(entry.get("positive")),
                    null),
                by);
        loaded++;
        if (entry.get("promote") instanceof Map<?, ?> promote) {
          promote(recorded, (Map<String, Object>) promote, by);
        }
      } catch (RuntimeException e) {
        log.warn("Demo practices: lesson '{}' not loaded: {}", title, e.getMessage());
      }
    }
    log.info("Demo practices: loaded {} lessons.", loaded);
    if (loaded > 0) {
      // The lessons were indexed as they were recorded; the rebuild makes the index match the
      // demo's database whatever an index directory held before.
      searchIndex.rebuild();
    }
  }

  /**
   * A lesson the PMO promoted into the method the entry names: into the draft of its next version,
   * started from the published one by the first promotion.
   */
  private void promote(LessonView lesson, Map<String, Object> promote, CurrentUser by) {
    Optional<MethodView> published =
        methods.methods().stream()
            .filter(m -> m.name().equals(promote.get("method")))
            .filter(m -> m.status() == MethodStatus.PUBLISHED)
            .findFirst();
    if (published.isEmpty()) {
      log.warn("Demo practices: no published method {} to promote into", promote.get("method"));
      return;
    }
    try {
      promotions.promote(
          lesson.id(),
          new PromotionData(
              PromotionTarget.METHOD,
              published.get().id(),
              PromotionChange.valueOf((String) promote.get("change")),
              (String) promote.get("phase"),
              (String) promote.get("text"),
              (String) promote.get("description"),
              "From the lessons review of " + lesson.projectCode() + ".",
              lesson.version()),
          lesson.version(),
          by);
    } catch (RuntimeException e) {
      log.warn("Demo practices: lesson '{}' not promoted: {}", lesson.title(), e.getMessage());
    }
  }

  /** The phase as the project's lifecycle names it; none when it has no such phase. */
  private String phase(long projectId, String phase, CurrentUser by) {
    List<String> phases = lessons.phasesOf(projectId, by);
    if (phase == null || phases.isEmpty()) {
      return phase;
    }
    if (phases.contains(phase)) {
      return phase;
    }
    // The full lifecycle's Execution is the standard lifecycle's Delivery, and the other way round.
    String other = Map.of("Execution", "Delivery", "Delivery", "Execution").get(phase);
    return other != null && phases.contains(other) ? other : null;
  }

  private Optional<ProjectView> project(String name, CurrentUser by) {
    ProjectFilter filter = new ProjectFilter(name, Set.of(), null, null, null, null);
    return projects.search(filter, PageRequest.of(0, 20), by).getContent().stream()
        .filter(p -> p.name().equals(name))
        .findFirst();
  }
}
