package org.cairnpmo.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.platform.search.SearchIndex;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonSuggestion;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The full-text relevance of lessons, on lessons and queries written for the test: the expected
 * lesson is among the first five, typos included; and what a viewer may not see is nowhere.
 */
class LessonSearchTest extends IntegrationTest {

  @Autowired LessonService lessons;
  @Autowired LessonSearch index;

  @Autowired SearchIndex searchIndex;
  @Autowired EntityManagerFactory entityManagerFactory;

  /** The lessons written for the test, by id: made once, the tests share one database. */
  private static final Map<Long, String> titles = new HashMap<>();

  private CurrentUser pmo;

  @BeforeEach
  void lessons() {
    pmo = pmo();
    if (!titles.isEmpty()) {
      return;
    }
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    record(
        project,
        "Data migration rehearsals",
        "Two dress rehearsals of the data migration found mapping errors before cutover.",
        "Plan two full migration rehearsals on production-sized data.",
        LessonCategory.TECHNICAL,
        null,
        "data-migration",
        "cutover");
    record(
        project,
        "Supplier delivered servers late",
        "The hardware supplier missed the delivery date by three weeks.",
        "Put delivery penalties and a buffer into hardware orders.",
        LessonCategory.PROCUREMENT,
        null,
        "suppliers",
        "hardware");
    record(
        project,
        "Sponsor absent at steering",
        "The sponsor skipped three steering meetings; decisions waited for weeks.",
        "Agree a deputy who decides when the sponsor cannot come.",
        LessonCategory.STAKEHOLDERS,
        null,
        "sponsor",
        "steering-committee");
    record(
        project,
        "Budget contingency too small",
        "A contingency of 5% was used up by month four.",
        "Size contingency from the risk register, not a flat percentage.",
        LessonCategory.COST,
        null,
        "contingency",
        "budget");
    record(
        project,
        "User training too late",
        "Training started a week before go-live; users were not ready.",
        "Start training a month before go-live with the real system.",
        LessonCategory.CHANGE,
        null,
        "training",
        "go-live");
    record(
        project,
        "Requirements signed off before users saw a prototype",
        "Scope was frozen before users saw anything; half the screens were redone.",
        "Show a clickable prototype before signing off requirements.",
        LessonCategory.SCOPE,
        null,
        "requirements",
        "prototype");
    record(
        project,
        "Shared test environment blocked two teams",
        "The only test environment was shared by two teams who overwrote each other's data.",
        "Give each team its own test environment, refreshed weekly.",
        LessonCategory.QUALITY,
        null,
        "testing",
        "environments");
    record(
        project,
        "Weekly risk review worked",
        "A fifteen-minute weekly risk review caught issues early.",
        "Keep the risk review short, weekly and owned by the project manager.",
        LessonCategory.RISK,
        null,
        "risk-review");
    record(
        project,
        "Vendor contract without penalties",
        "The contract had no penalty for late delivery, so the vendor put us last.",
        "Write service levels and penalties into every vendor contract.",
        LessonCategory.PROCUREMENT,
        null,
        "contracts",
        "vendors");
    record(
        project,
        "Go-live on a Friday",
        "Cutover on a Friday evening left no support over the weekend.",
        "Go live early in the week with the vendor's support on site.",
        LessonCategory.TECHNICAL,
        null,
        "cutover",
        "go-live");
    record(
        project,
        "Cloud costs doubled after launch",
        "Nobody watched the cloud bill; idle test machines ran for months.",
        "Tag every cloud resource with its owner and review the bill monthly.",
        LessonCategory.COST,
        null,
        "cloud",
        "finops");
    record(
        project,
        "Works council consulted late",
        "The works council heard of the new shift planning tool in the press.",
        "Inform the works council at initiation of any tool that changes how people work.",
        LessonCategory.STAKEHOLDERS,
        null,
        "works-council",
        "hr");
  }

  private void record(
      ProjectView project,
      String title,
      String whatHappened,
      String recommendation,
      LessonCategory category,
      String phase,
      String... tags) {
    LessonView lesson =
        lessons.record(
            project.id(),
            new LessonData(
                title,
                whatHappened,
                null,
                null,
                recommendation,
                category,
                phase,
                List.of(tags),
                false,
                null),
            pmo);
    titles.put(lesson.id(), title);
  }

  @Test
  void for_queries_written_for_the_test_the_expected_lesson_is_in_the_top_five() {
    assertTopFive(
        "migrating customer data to the new ERP",
        LessonCategory.TECHNICAL,
        "Data migration rehearsals");
    assertTopFive("new hardware supplier for the servers", null, "Supplier delivered servers late");
    assertTopFive("steering committee and sponsor engagement", null, "Sponsor absent at steering");
    assertTopFive(
        "how much contingency in the budget", LessonCategory.COST, "Budget contingency too small");
    assertTopFive("train the users before go-live", null, "User training too late");
    assertTopFive("weekend cutover plan", null, "Go-live on a Friday");
    assertTopFive(
        "penalties in the vendor contract",
        LessonCategory.PROCUREMENT,
        "Vendor contract without penalties");
    assertTopFive("moving our workloads to the cloud", null, "Cloud costs doubled after launch");
    assertTopFive(
        "new rostering tool for the nurses' shifts", null, "Works council consulted late");
  }

  @Test
  void spelling_slips_are_forgiven() {
    assertTopFive("data migraton rehersal", null, "Data migration rehearsals");
    assertTopFive("suplier of servrs", null, "Supplier delivered servers late");
    assertTopFive("contingncy", null, "Budget contingency too small");
    assertTopFive(
        "prototpye of the requirments",
        null,
        "Requirements signed off before users saw a prototype");
  }

  @Test
  void the_category_alone_finds_lessons_and_lifts_them_over_a_mere_word() {
    List<String> top = topFive(null, LessonCategory.STAKEHOLDERS);
    assertThat(top).contains("Sponsor absent at steering", "Works council consulted late");
  }

  @Test
  void the_same_department_and_phase_lift_a_lesson_over_an_equal_one() {
    String word =
        "tapir" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    DepartmentSummary department = department();
    ProjectData base = projectData(null, false, List.of());
    ProjectView inDepartment =
        projects.register(
            new ProjectData(
                base.code(),
                base.name(),
                null,
                department.id(),
                null,
                null,
                base.category(),
                base.priority(),
                base.status(),
                base.plannedStart(),
                base.plannedFinish(),
                base.budgetAmount(),
                base.budgetCurrency(),
                false,
                List.of(),
                null),
            pmo);
    ProjectView elsewhere = project(null, false);
    long other = equalLesson(elsewhere, word, "Planning");
    long same = equalLesson(inDepartment, word, null);
    long phased = equalLesson(elsewhere, word, "Delivery");

    assertThat(lessons.relevant(null, null, word, department.id(), null, 5, pmo))
        .extracting(LessonSuggestion::lessonId)
        .first()
        .isEqualTo(same);
    assertThat(lessons.relevant(null, "delivery", word, null, null, 5, pmo))
        .extracting(LessonSuggestion::lessonId)
        .first()
        .isEqualTo(phased);
    assertThat(lessons.relevant(null, null, word, null, null, 5, pmo))
        .extracting(LessonSuggestion::lessonId)
        .containsExactlyInAnyOrder(other, same, phased);
  }

  private long equalLesson(ProjectView project, String word, String phase) {
    return lessons
        .record(
            project.id(),
            new LessonData(
                word + " handover",
                "The " + word + " handover was late.",
                null,
                null,
                null,
                LessonCategory.RESOURCES,
                phase,
                List.of(),
                false,
                null),
            pmo)
        .id();
  }

  @Test
  void a_lesson_of_a_project_you_may_not_see_is_in_no_suggestion_search_or_count() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(manager, true);
    String word =
        "quokka" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    lessons.record(
        secret.id(),
        new LessonData(
            word + " escrow for source code",
            "The " + word + " escrow agreement was missing when the vendor went bankrupt.",
            null,
            null,
            null,
            LessonCategory.PROCUREMENT,
            null,
            List.of(word + "-tag"),
            false,
            null),
        current(manager));
    CurrentUser outsider = current(user(Role.MEMBER));

    assertThat(lessons.relevant(null, null, word, null, null, 5, outsider)).isEmpty();
    LessonResults found = lessons.find(filter(word, null), PageRequest.of(0, 20), outsider);
    assertThat(found.page().getTotalElements()).isZero();
    LessonResults byTag =
        lessons.find(filter(null, word + "-tag"), PageRequest.of(0, 20), outsider);
    assertThat(byTag.page().getTotalElements()).isZero();
    assertThat(lessons.find(LessonFilter.none(), PageRequest.of(0, 20), outsider).facets().tags())
        .noneMatch(c -> c.value().startsWith(word));

    // Whoever sees the project finds it, highlighted, and counted in its facets.
    LessonResults seen = lessons.find(filter(word, null), PageRequest.of(0, 20), current(manager));
    assertThat(seen.page().getTotalElements()).isEqualTo(1);
    LessonResults.Hit hit = seen.page().getContent().get(0);
    assertThat(hit.titleHtml()).contains("<mark>" + word + "</mark>");
    assertThat(hit.snippets()).anyMatch(s -> s.contains("<mark>" + word + "</mark>"));
    assertThat(seen.facets().tags())
        .containsExactly(new LessonResults.Count(word + "-tag", word + "-tag", 1));
    assertThat(seen.facets().categories())
        .containsExactly(new LessonResults.Count("PROCUREMENT", "Procurement and suppliers", 1));
    assertThat(lessons.relevant(null, null, word, null, null, 5, pmo)).hasSize(1);
  }

  @Test
  void snippets_escape_what_was_typed_into_a_lesson() {
    String word =
        "wombat" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    lessons.record(
        project.id(),
        new LessonData(
            "<script>alert(1)</script> " + word,
            "A <b>bold</b> " + word + " claim & more.",
            null,
            null,
            null,
            LessonCategory.QUALITY,
            null,
            List.of(),
            false,
            null),
        pmo);
    LessonResults.Hit hit =
        lessons.find(filter(word, null), PageRequest.of(0, 5), pmo).page().getContent().get(0);
    assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(String.join(" ", hit.snippets()))
        .doesNotContain("<b>")
        .contains("&lt;b&gt;")
        .contains("<mark>" + word + "</mark>");
  }

  @Test
  void an_index_found_empty_or_stale_at_start_is_rebuilt_from_the_database() {
    long before =
        lessons.find(LessonFilter.none(), PageRequest.of(0, 1), pmo).page().getTotalElements();
    assertThat(before).isGreaterThanOrEqualTo(titles.size());
    Search.mapping(entityManagerFactory).scope(Lesson.class).workspace().purge();
    assertThat(
            lessons.find(LessonFilter.none(), PageRequest.of(0, 1), pmo).page().getTotalElements())
        .isZero();

    searchIndex.rebuildWhereStale();

    // At least as many as before: another test context sharing the database may have recorded
    // lessons that its own index holds and this one never saw.
    assertThat(
            lessons.find(LessonFilter.none(), PageRequest.of(0, 1), pmo).page().getTotalElements())
        .isGreaterThanOrEqualTo(before);
    assertTopFive("weekend cutover plan", null, "Go-live on a Friday");
  }

  private static LessonFilter filter(String text, String tag) {
    return new LessonFilter(null, null, tag, null, text, null, null);
  }

  private void assertTopFive(String query, LessonCategory category, String expected) {
    assertThat(topFive(query, category)).as(query).contains(expected);
  }

  /** The first five of this test's lessons for the query (other tests' lessons share the index). */
  private List<String> topFive(String query, LessonCategory category) {
    List<String> top = new ArrayList<>();
    for (LessonSearch.Scored s :
        index.relevant(category, null, query, Set.of(), null, 10_000, Set.of())) {
      String title = titles.get(s.id());
      if (title != null && top.size() < 5) {
        top.add(title);
      }
    }
    return top;
  }
}
