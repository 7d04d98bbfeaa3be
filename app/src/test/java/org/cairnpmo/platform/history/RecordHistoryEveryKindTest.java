package org.cairnpmo.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.groups.Tuple;
import org.cairnpmo.governance.domain.Tier;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.planning.domain.PlanCalendar;
import org.cairnpmo.platform.history.ChangeSet.FieldChange;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every kind of record people edit keeps its history: one record of each kind in the demo
 * organization gets a text field changed by a named person, and the change log then holds that
 * field, its old and its new value, and who changed it. The edit goes straight through JPA, as
 * every module's service does in the end, so the test covers each kind's mapping (embedded values,
 * inherited fields, excluded ones) without each module's rules of who may edit what.
 */
class RecordHistoryEveryKindTest extends DemoDataTest {

  /** The kinds this test knows; a new one fails {@link #every_kind_is_tested} until added. */
  static final List<String> KINDS =
      List.of(
          "proposal",
          "score-sheet",
          "scenario",
          "criteria-set",
          "strategic-objective",
          "gate",
          "gate-review",
          "gate-condition",
          "status-report",
          "risk",
          "issue",
          "decision",
          "assumption",
          "dependency",
          "milestone",
          "budget",
          "actual-cost",
          "document",
          "template",
          "plan-task",
          "method",
          "project-template",
          "lesson",
          "kpi",
          "maturity-assessment",
          "course",
          "course-session",
          "enrollment",
          "certification",
          "competency-assessment",
          "learning-path",
          "pool-person",
          "equipment",
          "resource-request",
          "department",
          "plan",
          "plan-calendar",
          "lifecycle",
          "tier",
          "project-criteria",
          "project-lifecycle",
          "reporting-cadence",
          "rating-rule",
          "timesheet",
          "raci-matrix",
          "job-role",
          "closure",
          "retention-rule",
          "coaching",
          "mentoring",
          "training-budget",
          "target-profile",
          "competency",
          "project-item",
          "template-change",
          "maturity-questionnaire",
          "improvement-action",
          "maturity-response",
          "user");

  /** Text fields worth editing, in order of preference. */
  private static final List<String> TEXT =
      List.of(
          "title",
          "name",
          "summary",
          "description",
          "notes",
          "note",
          "purpose",
          "statement",
          "location",
          "outcome",
          "comment",
          "comments",
          "text",
          "reason",
          "rationale",
          "what",
          "gateName",
          "place",
          "assignedBy");

  /** Where the demo leaves a kind's text fields empty, or it has none: another field to edit. */
  private static final Map<String, String> OTHER =
      Map.ofEntries(
          Map.entry("enrollment", "status"),
          Map.entry("competency-assessment", "assessedBy"),
          Map.entry("budget", "eacMethod"),
          Map.entry("plan", "scheduleMode"),
          Map.entry("project-criteria", "policy"),
          Map.entry("project-lifecycle", "status"),
          Map.entry("reporting-cadence", "cadence"),
          Map.entry("rating-rule", "rating"),
          Map.entry("timesheet", "status"),
          Map.entry("raci-matrix", "rows"),
          Map.entry("closure", "state"),
          Map.entry("mentoring", "goals"),
          Map.entry("training-budget", "amount"),
          Map.entry("target-profile", "roleName"),
          Map.entry("project-item", "label"),
          Map.entry("maturity-response", "status"),
          Map.entry("retention-rule", "keepYears"),
          Map.entry("user", "displayName"));

  private static final AtomicInteger EDITS = new AtomicInteger();

  @Autowired EntityManagerFactory jpa;
  @Autowired PlatformTransactionManager transactions;
  @Autowired HistoryViews views;
  @Autowired RecordHistory history;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.test.web.servlet.MockMvc mvc;
  @Autowired IdentityApi identity;

  @Test
  void every_kind_is_tested() {
    assertThat(views.kinds()).containsExactlyInAnyOrderElementsOf(KINDS);
  }

  /** One record's edit: which field, from what to what. */
  private record Edit(String kind, Class<?> type, Field field, Object id, Object old, Object now) {}

  /**
   * All kinds are edited in one transaction (one change set, one batch), then each record's history
   * is read and the records get their values back in a second one: the demo is shared by every demo
   * test.
   */
  @Test
  void an_edit_of_each_kind_keeps_the_field_its_old_and_new_value_and_who_changed_it() {
    Map<String, Class<?>> types = new java.util.HashMap<>();
    jpa.getMetamodel()
        .getEntities()
        .forEach(e -> kindOf(e).ifPresent(kind -> types.put(kind, e.getJavaType())));
    Object seeded =
        new TransactionTemplate(transactions)
            .execute(
                status ->
                    seedTemplateChange(
                        EntityManagerFactoryUtils.getTransactionalEntityManager(jpa),
                        types.get("template-change")));
    String editor = "editor" + EDITS.incrementAndGet();
    List<Edit> edits = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(editor, null, List.of()));
    try {
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              status -> {
                EntityManager entities =
                    EntityManagerFactoryUtils.getTransactionalEntityManager(jpa);
                for (String kind : KINDS) {
                  Edit edit = edit(entities, kind, types.get(kind));
                  if (edit == null) {
                    missing.add(kind);
                  } else {
                    edits.add(edit);
                  }
                }
              });
    } finally {
      SecurityContextHolder.clearContext();
    }

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(missing).as("kinds without a record to edit in the demo").isEmpty();
    for (Edit edit : edits) {
      List<ChangeSet> sets =
          history
              .of(edit.kind(), ((Number) edit.id()).longValue(), PageRequest.of(0, 1))
              .getContent();
      soft.assertThat(sets).as("the history of %s %s", edit.kind(), edit.id()).hasSize(1);
      if (sets.isEmpty()) {
        continue;
      }
      ChangeSet last = sets.get(0);
      soft.assertThat(last.changedBy()).as(edit.kind()).isEqualTo(editor);
      soft.assertThat(last.action()).as(edit.kind()).isEqualTo("changed");
      soft.assertThat(last.changes())
          .as(edit.kind())
          .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
          .containsExactly(
              Tuple.tuple(edit.field().getName(), readable(edit.old()), readable(edit.now())));
    }

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              EntityManager entities = EntityManagerFactoryUtils.getTransactionalEntityManager(jpa);
              for (Edit edit : edits) {
                restore(
                    org.hibernate.Hibernate.unproxy(entities.find(edit.type(), edit.id())), edit);
              }
              entities.remove(entities.find(types.get("template-change"), seeded));
            });
    soft.assertAll();
  }

  /**
   * Work without a signed-in person (a job, the demo) is credited to the person a record's audit
   * stamp names, shown by their display name; a record without a stamp is credited to Cairn and the
   * job. An account's password and sign-in counters are never in its history.
   */
  @Test
  void work_without_a_person_names_the_stamp_or_the_job_and_never_a_password() {
    String stampedBy = "pmo";
    String pmoName = identity.userByUsername(stampedBy).orElseThrow().displayName();
    long users = count("user");
    AtomicLong tierId = new AtomicLong();
    AtomicLong calendarId = new AtomicLong();
    AtomicReference<String> tierName = new AtomicReference<>();
    AtomicReference<String> calendarName = new AtomicReference<>();
    AtomicReference<Object[]> account = new AtomicReference<>();
    AtomicReference<Object[]> unstamped = new AtomicReference<>();
    AutomaticWork.run(
        "test job",
        () ->
            new TransactionTemplate(transactions)
                .executeWithoutResult(
                    status -> {
                      EntityManager entities =
                          EntityManagerFactoryUtils.getTransactionalEntityManager(jpa);
                      Tier tier =
                          entities
                              .createQuery("select t from Tier t order by t.id", Tier.class)
                              .setMaxResults(1)
                              .getSingleResult();
                      tierId.set(tier.getId());
                      tierName.set(tier.getName());
                      set(tier, "name", "Stamped " + EDITS.incrementAndGet());
                      tier.audit().touch(stampedBy, java.time.Instant.now());
                      PlanCalendar calendar =
                          entities
                              .createQuery(
                                  "select c from PlanCalendar c order by c.id", PlanCalendar.class)
                              .setMaxResults(1)
                              .getSingleResult();
                      calendarId.set(calendar.getId());
                      calendarName.set(calendar.getName());
                      set(calendar, "name", "Automatic " + EDITS.incrementAndGet());
                      // A stamped record the job changes without stamping it: the job's doing.
                      Object lifecycle =
                          entities
                              .createQuery(
                                  "select l from " + entityName("lifecycle") + " l order by l.id")
                              .setMaxResults(1)
                              .getSingleResult();
                      Object lifecycleId = jpa.getPersistenceUnitUtil().getIdentifier(lifecycle);
                      unstamped.set(new Object[] {lifecycleId, get(lifecycle, "description")});
                      set(lifecycle, "description", "Unstamped " + EDITS.incrementAndGet());
                      User user =
                          entities
                              .createQuery("select u from User u order by u.id desc", User.class)
                              .setMaxResults(1)
                              .getSingleResult();
                      account.set(
                          new Object[] {
                            user.getId(),
                            user.getPasswordHash(),
                            user.getFailedLogins(),
                            user.getLastLoginAt()
                          });
                      user.setPassword("{noop}another secret", user.isMustChangePassword());
                      set(user, "failedLogins", 3);
                      set(user, "lastLoginAt", java.time.Instant.now());
                    }));

    ChangeSet tier = history.of("tier", tierId.get(), PageRequest.of(0, 1)).getContent().get(0);
    ChangeSet calendar =
        history.of("plan-calendar", calendarId.get(), PageRequest.of(0, 1)).getContent().get(0);
    ChangeSet lifecycle =
        history
            .of("lifecycle", ((Number) unstamped.get()[0]).longValue(), PageRequest.of(0, 1))
            .getContent()
            .get(0);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              EntityManager entities = EntityManagerFactoryUtils.getTransactionalEntityManager(jpa);
              set(entities.find(Tier.class, tierId.get()), "name", tierName.get());
              set(entities.find(PlanCalendar.class, calendarId.get()), "name", calendarName.get());
              set(
                  entities.find(types("lifecycle"), unstamped.get()[0]),
                  "description",
                  unstamped.get()[1]);
              User user = entities.find(User.class, account.get()[0]);
              set(user, "passwordHash", account.get()[1]);
              set(user, "failedLogins", account.get()[2]);
              set(user, "lastLoginAt", account.get()[3]);
            });
    assertThat(tier.changedBy()).isEqualTo(stampedBy);
    assertThat(tier.changedByName()).isEqualTo(pmoName).isNotEqualTo(stampedBy);
    assertThat(calendar.changedBy()).isEqualTo("Cairn (automatic): test job");
    assertThat(calendar.changedByName()).isEqualTo("Cairn (automatic): test job");
    assertThat(lifecycle.changedBy()).isEqualTo("Cairn (automatic): test job");
    assertThat(count("user")).as("entries of accounts").isEqualTo(users);
    assertThat(
            jdbc.sql("select count(*) from hst_change where field like '%assword%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private Class<?> types(String kind) {
    return jpa.getMetamodel().getEntities().stream()
        .filter(e -> kindOf(e).filter(kind::equals).isPresent())
        .findFirst()
        .orElseThrow()
        .getJavaType();
  }

  private static Object get(Object row, String name) {
    for (Class<?> t = row.getClass(); t != Object.class; t = t.getSuperclass()) {
      try {
        Field field = t.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(row);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(row.getClass().getSimpleName() + " has no " + name);
  }

  private long count(String kind) {
    return jdbc.sql("select count(*) from hst_change where record_kind = ?")
        .param(kind)
        .query(Long.class)
        .single();
  }

  private static void set(Object row, String name, Object value) {
    for (Class<?> t = row.getClass(); t != Object.class; t = t.getSuperclass()) {
      try {
        Field field = t.getDeclaredField(name);
        field.setAccessible(true);
        field.set(row, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(row.getClass().getSimpleName() + " has no " + name);
  }

  /**
   * Each record's page shows its history panel, for the record it shows: a walk over one record of
   * each kind whose page (its own, or the page where it is edited) carries the panel, as the PMO
   * or, for the administration's pages, an administrator.
   */
  @Test
  void each_records_page_shows_its_own_history() throws Exception {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    EntityManager entities = jpa.createEntityManager();
    try {
      Function<String, Long> first =
          kind ->
              entities
                  .createQuery("select min(e.id) from " + entityName(kind) + " e", Long.class)
                  .getSingleResult();
      Function<String, Object[]> ofProject =
          kind ->
              (Object[])
                  entities
                      .createQuery(
                          "select e.projectId, e.id from " + entityName(kind) + " e order by e.id",
                          Object[].class)
                      .setMaxResults(1)
                      .getSingleResult();
      pages.put("/portfolio/objectives/%d/edit", "strategic-objective");
      pages.put("/portfolio/criteria-sets/%d", "criteria-set");
      pages.put("/portfolio/scenarios/%d", "scenario");
      pages.put("/portfolio/proposals/%d", "proposal");
      pages.put("/governance/tiers/%d/edit", "tier");
      pages.put("/governance/lifecycles/%d", "lifecycle");
      pages.put("/status/rules/%d", "rating-rule");
      pages.put("/resources/roles/%d", "job-role");
      pages.put("/resources/equipment/%d", "equipment");
      pages.put("/resources/people/%d", "pool-person");
      pages.put("/learning/mentoring/%d", "mentoring");
      pages.put("/learning/coaching/%d/edit", "coaching");
      pages.put("/learning/competencies/%d/edit", "competency");
      pages.put("/learning/courses/%d", "course");
      pages.put("/learning/sessions/%d", "course-session");
      pages.put("/practices/templates/%d", "project-template");
      pages.put("/practices/maturity/questionnaires/%d", "maturity-questionnaire");
      pages.put("/admin/departments/%d", "department");
      pages.put("/admin/users/%d", "user");
      Map<String, Object[]> expected = new java.util.LinkedHashMap<>();
      for (var page : pages.entrySet()) {
        long id = first.apply(page.getValue());
        expected.put(page.getKey().formatted(id), new Object[] {page.getValue(), id});
      }
      long criteria = first.apply("project-criteria");
      expected.put("/governance/setup", new Object[] {"project-criteria", criteria});
      Object[] raci = ofProject.apply("raci-matrix");
      expected.put("/projects/" + raci[0] + "/raci", new Object[] {"raci-matrix", raci[1]});
      Object[] closure = ofProject.apply("closure");
      expected.put("/projects/" + closure[0] + "/closure", new Object[] {"closure", closure[1]});
      Object[] plan = ofProject.apply("plan");
      expected.put("/projects/" + plan[0] + "/plan/calendars", new Object[] {"plan", plan[1]});
      String profile =
          entities
              .createQuery("select p.roleName from TargetProfile p order by p.id", String.class)
              .setMaxResults(1)
              .getSingleResult();
      long profileId =
          entities
              .createQuery("select p.id from TargetProfile p where p.roleName = :r", Long.class)
              .setParameter("r", profile)
              .getSingleResult();
      expected.put(
          "/learning/profiles/edit?role="
              + java.net.URLEncoder.encode(profile, "UTF-8").replace("+", "%20"),
          new Object[] {"target-profile", profileId});

      Object[] placement = ofProject.apply("project-lifecycle");
      expected.put(
          "/governance/projects/" + placement[0], new Object[] {"project-lifecycle", placement[1]});
      long rule = first.apply("retention-rule");
      expected.put("/archive/retention-rules/" + rule, new Object[] {"retention-rule", rule});
      Object[] budget =
          entities
              .createQuery(
                  "select b.year, b.id from TrainingBudget b order by b.id", Object[].class)
              .setMaxResults(1)
              .getSingleResult();
      expected.put(
          "/learning/dashboard?year=" + budget[0], new Object[] {"training-budget", budget[1]});
      // A response is shown on its respondent's answer form, to the respondent.
      Object[] answered =
          entities
              .createQuery(
                  "select r.assessment.id, r.id, r.respondentId from MaturityResponse r"
                      + " order by r.id",
                  Object[].class)
              .setMaxResults(1)
              .getSingleResult();
      String answer = "/practices/maturity/" + answered[0] + "/answer";
      expected.put(answer, new Object[] {"maturity-response", answered[1]});
      Map<String, String> signers =
          Map.of(
              answer,
              identity
                  .usersByIds(List.of((Long) answered[2]))
                  .values()
                  .iterator()
                  .next()
                  .username());

      SoftAssertions soft = new SoftAssertions();
      for (var page : expected.entrySet()) {
        var who =
            signedIn(
                signers.getOrDefault(
                    page.getKey(), page.getKey().startsWith("/admin/") ? "admin" : "pmo"));
        var response =
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            java.net.URI.create(page.getKey()))
                        .with(who))
                .andReturn()
                .getResponse();
        soft.assertThat(response.getStatus()).as(page.getKey()).isEqualTo(200);
        soft.assertThat(response.getContentAsString())
            .as("the history panel of %s", page.getKey())
            .contains(
                "data-history-kind=\"" + page.getValue()[0] + "\"",
                "data-history-id=\"" + page.getValue()[1] + "\"");
      }
      soft.assertAll();
    } finally {
      entities.close();
    }
  }

  private String entityName(String kind) {
    return jpa.getMetamodel().getEntities().stream()
        .filter(e -> kindOf(e).filter(kind::equals).isPresent())
        .findFirst()
        .orElseThrow()
        .getName();
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(
      String username) {
    var user = identity.userByUsername(username).orElseThrow();
    var principal =
        new org.cairnpmo.identity.CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }

  /**
   * The demo offers no template change to its projects (no template has a newer version pushed):
   * one is made for the test, on a project made from a template, and removed after it.
   */
  private Object seedTemplateChange(EntityManager entities, Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object change = constructor.newInstance();
      Object[] item =
          (Object[])
              entities
                  .createQuery(
                      "select i.projectId, i.kind from " + entityName("project-item") + " i",
                      Object[].class)
                  .setMaxResults(1)
                  .getSingleResult();
      set(change, "projectId", item[0]);
      set(change, "templateId", first(entities, "project-template"));
      set(change, "kind", item[1]);
      set(change, "itemKey", "seeded");
      set(change, "changeType", firstConstant(type, "changeType"));
      set(change, "summary", "A change offered to the project");
      set(change, "status", firstConstant(type, "status"));
      set(change, "offeredBy", "pmo");
      set(change, "offeredAt", java.time.Instant.now());
      entities.persist(change);
      entities.flush();
      return jpa.getPersistenceUnitUtil().getIdentifier(change);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Long first(EntityManager entities, String kind) {
    return entities
        .createQuery("select min(e.id) from " + entityName(kind) + " e", Long.class)
        .getSingleResult();
  }

  private static Object firstConstant(Class<?> type, String field) throws NoSuchFieldException {
    return type.getDeclaredField(field).getType().getEnumConstants()[0];
  }

  /** Changes one field of the newest record of {@code kind} in the demo that has it. */
  private Edit edit(EntityManager entities, String kind, Class<?> type) {
    if (type == null) {
      return null;
    }
    Field field = field(kind, type);
    boolean list = List.class.isAssignableFrom(field.getType());
    List<?> rows =
        entities
            .createQuery(
                "select e from "
                    + entities.getMetamodel().entity(type).getName()
                    + " e where e."
                    + field.getName()
                    + (list ? " is not empty" : " is not null")
                    + " order by e.id desc")
            .setMaxResults(1)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    // A record met earlier in the transaction through a lazy reference comes back as its proxy.
    Object row = org.hibernate.Hibernate.unproxy(rows.get(0));
    Object id = jpa.getPersistenceUnitUtil().getIdentifier(row);
    try {
      Object old = field.get(row);
      if (old instanceof List<?> elements) {
        // A collection: its last element goes, and comes back when the record is restored.
        List<Object> before = new ArrayList<>(elements);
        elements.remove(elements.size() - 1);
        return new Edit(kind, type, field, id, before, new ArrayList<>(elements));
      }
      Object now = another(old);
      field.set(row, now);
      return new Edit(kind, type, field, id, old, now);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void restore(Object row, Edit edit) {
    try {
      if (edit.old() instanceof List<?> before) {
        List<Object> elements = (List<Object>) edit.field().get(row);
        elements.add(before.get(before.size() - 1));
      } else {
        edit.field().set(row, edit.old());
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> kindOf(EntityType<?> type) {
    return Optional.ofNullable(type.getJavaType().getAnnotation(KeepsHistory.class))
        .map(KeepsHistory::value);
  }

  /** A value of the same type that differs from {@code value}. */
  private static Object another(Object value) {
    if (value instanceof Integer number) {
      return number + 1;
    }
    if (value instanceof java.math.BigDecimal number) {
      return number.add(java.math.BigDecimal.ONE);
    }
    if (value instanceof Enum<?> constant) {
      Object[] all = constant.getDeclaringClass().getEnumConstants();
      return all[(constant.ordinal() + 1) % all.length];
    }
    return "Edited " + EDITS.get();
  }

  private static String readable(Object value) {
    return HistoryValues.render(value, entity -> entity);
  }

  private static Field field(String kind, Class<?> type) {
    List<String> names = OTHER.containsKey(kind) ? List.of(OTHER.get(kind)) : TEXT;
    for (String name : names) {
      for (Class<?> t = type; t != Object.class; t = t.getSuperclass()) {
        try {
          Field field = t.getDeclaredField(name);
          if ((field.getType() == String.class
                  || field.getType().isEnum()
                  || field.getType() == java.math.BigDecimal.class
                  || field.getType() == int.class
                  || field.getType() == List.class)
              && !field.isAnnotationPresent(NotInHistory.class)) {
            field.setAccessible(true);
            return field;
          }
        } catch (NoSuchFieldException e) {
          // not declared here
        }
      }
    }
    throw new IllegalStateException(type.getSimpleName() + " has no text field this test edits");
  }
}
