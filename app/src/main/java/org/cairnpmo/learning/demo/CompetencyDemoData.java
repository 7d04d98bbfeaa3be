package org.cairnpmo.learning.demo;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CoachingData;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseFilter;
import org.cairnpmo.learning.domain.CultureDashboard;
import org.cairnpmo.learning.domain.CultureViews.BudgetData;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.MentoringData;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.SessionLog;
import org.cairnpmo.learning.domain.PathData;
import org.cairnpmo.learning.domain.PathStep;
import org.cairnpmo.platform.DemoResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's competency framework, target profiles, what courses build, assessments, learning
 * paths, mentoring pairs, a coaching and the year's training budget, from {@code
 * demo/learning-competencies.yml}. Runs after the catalog (its courses are named by title), as the
 * PMO; an assessment as its person (self) or the PMO (manager); a session log as the mentee. A
 * database whose framework has an area is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class CompetencyDemoData {

  static final String FILE = "learning-competencies.yml";

  private static final Logger log = LoggerFactory.getLogger(CompetencyDemoData.class);

  private final CompetencyFramework framework;
  private final Assessments assessments;
  private final LearningPaths paths;
  private final MentoringService mentoring;
  private final CultureDashboard dashboard;
  private final CourseCatalog catalog;
  private final Clock clock;

  CompetencyDemoData(
      CompetencyFramework framework,
      Assessments assessments,
      LearningPaths paths,
      MentoringService mentoring,
      CultureDashboard dashboard,
      CourseCatalog catalog,
      Clock clock) {
    this.framework = framework;
    this.assessments = assessments;
    this.paths = paths;
    this.mentoring = mentoring;
    this.dashboard = dashboard;
    this.catalog = catalog;
    this.clock = clock;
  }

  @SuppressWarnings("unchecked")
  void load(CurrentUser pmo, Function<String, Optional<CurrentUser>> person) {
    if (!framework.framework().isEmpty()) {
      return;
    }
    Map<String, Object> file = DemoResource.texts(FILE).byName();
    List<String> ladder = (List<String>) file.get("ladder");
    Map<String, Long> competencies = new HashMap<>();
    for (Map<String, Object> a : (List<Map<String, Object>>) file.get("areas")) {
      long area = framework.addArea(new AreaData((String) a.get("name"), null), pmo).id();
      for (Map<String, Object> c : (List<Map<String, Object>>) a.get("competencies")) {
        String name = (String) c.get("name");
        List<String> levels =
            c.containsKey("levels")
                ? (List<String>) c.get("levels")
                : ladder.stream().map(l -> MessageFormat.format(l, name)).toList();
        competencies.put(
            name,
            framework
                .define(
                    new CompetencyData(area, name, (String) c.get("description"), levels, null),
                    pmo)
                .id());
      }
    }
    Map<String, Long> courses = new HashMap<>();
    catalog
        .search(CourseFilter.none(), PageRequest.of(0, 500))
        .forEach(c -> courses.put(c.title(), c.id()));
    ((Map<String, Map<String, Object>>) file.get("builds"))
        .forEach(
            (title, levels) -> {
              if (courses.containsKey(title)) {
                framework.setBuilds(courses.get(title), targets(levels, competencies), pmo);
              }
            });
    ((Map<String, Map<String, Object>>) file.get("profiles"))
        .forEach(
            (role, levels) ->
                framework.setProfile(
                    new TargetProfileData(role, targets(levels, competencies), null), null, pmo));
    ((Map<String, Map<String, List<Object>>>) file.get("assessments"))
        .forEach(
            (username, rated) -> {
              Optional<CurrentUser> who = person.apply(username);
              if (who.isEmpty()) {
                log.warn("Demo learning: no person {} to assess", username);
                return;
              }
              rated.forEach(
                  (competency, pair) -> {
                    long c = competencies.get(competency);
                    if (pair.get(0) != null) {
                      assessments.assess(
                          new AssessmentData(
                              null,
                              c,
                              CompetencyAssessment.Source.SELF,
                              ((Number) pair.get(0)).intValue(),
                              null),
                          who.get());
                    }
                    if (pair.get(1) != null) {
                      assessments.assess(
                          new AssessmentData(
                              who.get().id(),
                              c,
                              CompetencyAssessment.Source.MANAGER,
                              ((Number) pair.get(1)).intValue(),
                              null),
                          pmo);
                    }
                  });
            });
    for (Map<String, Object> p : (List<Map<String, Object>>) file.get("paths")) {
      List<PathData.Step> steps = new ArrayList<>();
      for (Map<String, Object> s : (List<Map<String, Object>>) p.get("steps")) {
        steps.add(
            new PathData.Step(
                PathStep.Kind.valueOf((String) s.get("kind")),
                (String) s.get("label"),
                s.get("course") == null ? null : courses.get((String) s.get("course")),
                s.get("certification") == null
                    ? null
                    : CertificationKind.valueOf((String) s.get("certification")),
                s.get("competency") == null ? null : competencies.get((String) s.get("competency")),
                integer(s.get("level")),
                integer(s.get("tier")),
                integer(s.get("gates"))));
      }
      paths.define(
          new PathData(
              (String) p.get("name"),
              (String) p.get("role"),
              (String) p.get("description"),
              steps,
              null),
          pmo);
    }
    LocalDate today = LocalDate.now(clock);
    for (Map<String, Object> m : (List<Map<String, Object>>) file.get("mentoring")) {
      Optional<CurrentUser> mentor = person.apply((String) m.get("mentor"));
      Optional<CurrentUser> mentee = person.apply((String) m.get("mentee"));
      if (mentor.isEmpty() || mentee.isEmpty()) {
        log.warn("Demo learning: no people for the mentoring pair {}", m);
        continue;
      }
      LocalDate from = today.plusDays(((Number) m.get("from")).longValue());
      long id =
          mentoring
              .create(
                  new MentoringData(
                      mentor.get().id(),
                      mentee.get().id(),
                      (String) m.get("goals"),
                      from,
                      from.plusMonths(((Number) m.get("months")).longValue()),
                      null),
                  pmo)
              .id();
      int week = 1;
      for (String notes : (List<String>) m.get("sessions")) {
        mentoring.log(id, new SessionLog(from.plusWeeks(week++), notes), mentee.get());
      }
    }
    for (Map<String, Object> c : (List<Map<String, Object>>) file.get("coaching")) {
      Optional<CurrentUser> coach = person.apply((String) c.get("coach"));
      if (coach.isEmpty()) {
        continue;
      }
      mentoring.startCoaching(
          new CoachingData(
              (String) c.get("team"),
              null,
              coach.get().id(),
              (String) c.get("purpose"),
              (String) c.get("outcome"),
              today.plusDays(((Number) c.get("from")).longValue()),
              null,
              null),
          pmo);
    }
    Map<String, Object> budget = (Map<String, Object>) file.get("budget");
    dashboard.setBudget(
        today.getYear(),
        new BudgetData(
            new BigDecimal(budget.get("amount").toString()), (String) budget.get("currency"), null),
        pmo);
  }

  private static List<TargetData> targets(Map<String, Object> levels, Map<String, Long> ids) {
    return levels.entrySet().stream()
        .map(e -> new TargetData(ids.get(e.getKey()), ((Number) e.getValue()).intValue()))
        .toList();
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
