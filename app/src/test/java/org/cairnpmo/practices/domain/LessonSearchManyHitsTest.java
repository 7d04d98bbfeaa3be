package org.cairnpmo.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search whose words most lessons contain: every one of them is counted in the facets, and the
 * first page comes back highlighted, however many projects the hits spread over. The timings
 * measured on this case are in docs/practices.md.
 */
class LessonSearchManyHitsTest extends IntegrationTest {

  private static final int LESSONS = 1_500;

  @Autowired LessonService lessons;
  @Autowired EntityManager em;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void a_search_matching_many_lessons_in_many_projects_counts_every_one() {
    String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String first = "kestrel" + tag;
    String second = "harbour" + tag;
    DepartmentSummary department = department();
    CurrentUser pmo = pmo();
    List<Long> projectIds = projectsOf(department, tag);
    Instant now = Instant.now();
    tx.executeWithoutResult(
        s -> {
          for (int i = 0; i < projectIds.size(); i++) {
            em.persist(
                Lesson.record(
                    projectIds.get(i),
                    new LessonData(
                        "Lesson " + i + " on the " + first + " " + second,
                        "The " + first + " met the " + second + " late, in week " + i + ".",
                        null,
                        null,
                        "Plan the " + second + " before the " + first + ".",
                        i % 2 == 0 ? LessonCategory.TECHNICAL : LessonCategory.RISK,
                        null,
                        List.of(tag),
                        false,
                        null),
                    pmo.username(),
                    now));
            if (i % 100 == 99) {
              em.flush();
              em.clear();
            }
          }
        });

    LessonResults found =
        lessons.find(
            new LessonFilter(null, null, null, null, first + " " + second, null, null),
            PageRequest.of(0, 20),
            pmo);

    assertThat(found.page().getTotalElements()).isEqualTo(LESSONS);
    assertThat(found.page().getContent()).hasSize(20);
    assertThat(found.page().getContent())
        .allSatisfy(
            h -> {
              assertThat(h.titleHtml()).contains("<mark>" + first + "</mark>");
              assertThat(h.snippets()).anyMatch(s -> s.contains("<mark>" + second + "</mark>"));
            });
    assertThat(found.facets().categories())
        .extracting(LessonResults.Count::count)
        .containsExactlyInAnyOrder((long) LESSONS / 2, (long) LESSONS / 2);
    assertThat(found.facets().tags()).containsExactly(new LessonResults.Count(tag, tag, LESSONS));
    assertThat(found.facets().departments())
        .containsExactly(
            new LessonResults.Count(
                Long.toString(department.id()), department.name(), (long) LESSONS));
  }

  /**
   * One project per lesson, written in one batch: registering them one by one would be too slow.
   */
  private List<Long> projectsOf(DepartmentSummary department, String tag) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < LESSONS; i++) {
      rows.add(
          new Object[] {
            "M" + tag + i, "Many " + tag + " " + i, department.id(), now, now,
          });
    }
    jdbc.batchUpdate(
        "insert into project (code, name, department_id, category, priority, priority_rank,"
            + " status, planned_start, planned_finish, confidential, created_at, created_by,"
            + " updated_at, updated_by) values (?, ?, ?, 'OPERATIONAL', 'MEDIUM', 3, 'PROPOSED',"
            + " date '2027-01-01', date '2027-12-31', false, ?, 'test', ?, 'test')",
        rows);
    return jdbc.queryForList(
        "select id from project where code like ? order by id", Long.class, "M" + tag + "%");
  }
}
