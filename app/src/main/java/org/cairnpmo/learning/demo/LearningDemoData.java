package org.cairnpmo.learning.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.learning.domain.CourseFilter;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo's training catalog and learning records, from {@code demo/learning-catalog.yml} and
 * {@code demo/learning-records.yml}: about thirty courses with sessions over the coming year, some
 * enrollments (one session full, with someone waiting) and certifications, some expiring within 90
 * days. Loads after the resource pool, whose line managers decide on requests; goes through the
 * module's services as the PMO (a request as its person). A database that already has a course is
 * left alone. Then {@link CompetencyDemoData} loads the competency framework, paths and mentoring.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class LearningDemoData {

  static final String CATALOG = "learning-catalog.yml";
  static final String RECORDS = "learning-records.yml";

  private static final Logger log = LoggerFactory.getLogger(LearningDemoData.class);

  private final CourseCatalog catalog;
  private final EnrollmentService enrollments;
  private final CertificationService certifications;
  private final IdentityApi identity;
  private final CompetencyDemoData competencies;
  private final Clock clock;

  LearningDemoData(
      CourseCatalog catalog,
      EnrollmentService enrollments,
      CertificationService certifications,
      IdentityApi identity,
      CompetencyDemoData competencies,
      Clock clock) {
    this.competencies = competencies;
    this.catalog = catalog;
    this.enrollments = enrollments;
    this.certifications = certifications;
    this.identity = identity;
    this.clock = clock;
  }

  /** Loads after the resource pool, whose line managers approve the requests. */
  @EventListener
  void on(DemoLoaded.Resources loaded) {
    try {
      load();
    } catch (RuntimeException e) {
      // The demo's learning must never keep Cairn from starting.
      log.error("Demo learning: not loaded: {}", e.getMessage(), e);
    }
  }

  void load() {
    Optional<CurrentUser> pmo = person("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo learning: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    if (catalog.search(CourseFilter.none(), Pageable.ofSize(1)).getTotalElements() == 0) {
      Map<String, List<Long>> sessions = loadCatalog(pmo.get());
      loadRecords(pmo.get(), sessions);
    }
    // Then the framework, paths and mentoring, which name the catalog's courses.
    competencies.load(pmo.get(), this::person);
  }

  /** The courses and their sessions; answers the sessions of each course by its title. */
  @SuppressWarnings("unchecked")
  private Map<String, List<Long>> loadCatalog(CurrentUser pmo) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Long> courseIds = new HashMap<>();
    Map<String, List<Long>> sessions = new HashMap<>();
    for (Map<String, Object> c : DemoResource.entries(CATALOG)) {
      String title = (String) c.get("title");
      List<Long> prerequisites =
          ((List<String>) c.getOrDefault("prerequisites", List.of()))
              .stream().filter(courseIds::containsKey).map(courseIds::get).toList();
      long id =
          catalog
              .define(
                  new CourseData(
                      title,
                      null,
                      CourseKind.valueOf((String) c.get("kind")),
                      CourseFormat.valueOf((String) c.get("format")),
                      decimal(c.get("hours")),
                      decimal(c.get("credits")),
                      (String) c.get("provider"),
                      decimal(c.get("cost")),
                      (String) c.get("currency"),
                      (String) c.get("language"),
                      prerequisites,
                      null,
                      (List<String>) c.getOrDefault("competencies", List.of()),
                      null,
                      (String) c.get("method"),
                      true,
                      null),
                  pmo)
              .id();
      courseIds.put(title, id);
      List<Long> planned = new ArrayList<>();
      for (Map<String, Object> s : (List<Map<String, Object>>) c.get("sessions")) {
        OffsetDateTime start =
            today
                .plusDays(((Number) s.get("in")).longValue())
                .atTime(LocalTime.parse((String) s.get("at")))
                .atOffset(ZoneOffset.UTC);
        String place = (String) s.get("place");
        boolean online = "Online".equals(place);
        planned.add(
            catalog
                .plan(
                    id,
                    new SessionData(
                        start,
                        start.plusMinutes(Math.round(((Number) s.get("hours")).doubleValue() * 60)),
                        online ? null : place,
                        online
                            ? "https://meet.example.org/cairn-"
                                + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                            : null,
                        (String) s.get("trainer"),
                        ((Number) s.get("seats")).intValue(),
                        false,
                        null),
                    pmo)
                .id());
      }
      sessions.put(title, planned);
    }
    return sessions;
  }

  @SuppressWarnings("unchecked")
  private void loadRecords(CurrentUser pmo, Map<String, List<Long>> sessions) {
    Map<String, Object> records = DemoResource.texts(RECORDS).byName();
    // Completions first: they are the prerequisites of some of the places asked for below.
    for (Map<String, Object> e : (List<Map<String, Object>>) records.get("completions")) {
      Optional<CurrentUser> who = person((String) e.get("user"));
      List<Long> ofCourse = sessions.get((String) e.get("course"));
      if (who.isEmpty() || ofCourse == null) {
        log.warn("Demo learning: no person or course for completion {}", e);
        continue;
      }
      enrollments.recordHeld(
          ofCourse.get(((Number) e.get("session")).intValue()),
          who.get().id(),
          decimal(e.get("score")),
          decimal(e.get("hours")),
          pmo);
    }
    for (Map<String, Object> e : (List<Map<String, Object>>) records.get("enrollments")) {
      Optional<CurrentUser> who = person((String) e.get("user"));
      List<Long> ofCourse = sessions.get((String) e.get("course"));
      if (who.isEmpty() || ofCourse == null) {
        log.warn("Demo learning: no person or course for enrollment {}", e);
        continue;
      }
      long session = ofCourse.get(((Number) e.get("session")).intValue());
      String status = (String) e.get("status");
      if ("requested".equals(status)) {
        enrollments.request(session, null, who.get());
        continue;
      }
      EnrollmentView v = enrollments.request(session, who.get().id(), pmo);
      if ("confirmed".equals(status) && v.status().name().equals("APPROVED")) {
        enrollments.confirm(v.id(), v.version(), pmo);
      }
    }
    LocalDate today = LocalDate.now(clock);
    for (Map<String, Object> c : (List<Map<String, Object>>) records.get("certifications")) {
      Optional<CurrentUser> who = person((String) c.get("user"));
      if (who.isEmpty()) {
        log.warn("Demo learning: no person {} for a certification", c.get("user"));
        continue;
      }
      certifications.record(
          new CertificationData(
              who.get().id(),
              CertificationKind.valueOf((String) c.get("kind")),
              (String) c.get("name"),
              (String) c.get("issuer"),
              null,
              today.plusDays(((Number) c.get("issued")).longValue()),
              c.get("expires") == null
                  ? null
                  : today.plusDays(((Number) c.get("expires")).longValue()),
              decimal(c.get("required")),
              decimal(c.get("outside")),
              null),
          pmo);
    }
  }

  private Optional<CurrentUser> person(String username) {
    return identity
        .userByUsername(username)
        .map((UserSummary u) -> new CurrentUser(u.id(), u.username(), u.displayName(), u.roles()));
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }
}
