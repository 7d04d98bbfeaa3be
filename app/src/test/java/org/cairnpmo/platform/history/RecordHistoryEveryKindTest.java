package org.cairnpmo.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.cairnpmo.platform.history.ChangeSet.FieldChange;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
          "department");

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
      Map.of("enrollment", "status", "competency-assessment", "assessedBy", "budget", "eacMethod");

  private static final AtomicInteger EDITS = new AtomicInteger();

  @Autowired EntityManagerFactory jpa;
  @Autowired PlatformTransactionManager transactions;
  @Autowired HistoryViews views;
  @Autowired RecordHistory history;

  static Stream<String> kinds() {
    return KINDS.stream();
  }

  @Test
  void every_kind_is_tested() {
    assertThat(views.kinds()).containsExactlyInAnyOrderElementsOf(KINDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void an_edit_keeps_the_field_its_old_and_new_value_and_who_changed_it(String kind)
      throws Exception {
    EntityType<?> type =
        jpa.getMetamodel().getEntities().stream()
            .filter(e -> kindOf(e).filter(kind::equals).isPresent())
            .findFirst()
            .orElseThrow();
    Field field = field(kind, type.getJavaType());
    String editor = "editor" + EDITS.incrementAndGet();
    AtomicReference<Object> edited = new AtomicReference<>();
    AtomicReference<Object> id = new AtomicReference<>();
    AtomicReference<Object> old = new AtomicReference<>();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(editor, null, List.of()));
    try {
      new TransactionTemplate(transactions)
          .executeWithoutResult(
              status -> {
                EntityManager entities =
                    EntityManagerFactoryUtils.getTransactionalEntityManager(jpa);
                List<?> rows =
                    entities
                        .createQuery(
                            "select e from "
                                + type.getName()
                                + " e where e."
                                + field.getName()
                                + " is not null order by e.id desc")
                        .setMaxResults(1)
                        .getResultList();
                assertThat(rows).as("a %s of the demo with a %s", kind, field.getName()).hasSize(1);
                Object row = rows.get(0);
                id.set(jpa.getPersistenceUnitUtil().getIdentifier(row));
                try {
                  old.set(field.get(row));
                  edited.set(another(old.get()));
                  field.set(row, edited.get());
                } catch (IllegalAccessException e) {
                  throw new IllegalStateException(e);
                }
              });
    } finally {
      SecurityContextHolder.clearContext();
    }

    ChangeSet last =
        history.of(kind, ((Number) id.get()).longValue(), PageRequest.of(0, 1)).getContent().get(0);
    // The demo is shared by every demo test: the edited record gets its value back.
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              Object row =
                  EntityManagerFactoryUtils.getTransactionalEntityManager(jpa)
                      .find(type.getJavaType(), id.get());
              try {
                field.set(row, old.get());
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(last.changedBy()).isEqualTo(editor);
    assertThat(last.action()).isEqualTo("changed");
    assertThat(last.changes())
        .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                field.getName(), readable(old.get()), readable(edited.get())));
  }

  private static Optional<String> kindOf(EntityType<?> type) {
    return Optional.ofNullable(type.getJavaType().getAnnotation(KeepsHistory.class))
        .map(KeepsHistory::value);
  }

  /** A value of the same type that differs from {@code value}. */
  private static Object another(Object value) {
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
          if ((field.getType() == String.class || field.getType().isEnum())
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
