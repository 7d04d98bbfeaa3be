package org.cairnpmo.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class LessonRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private static long ids = 1;

  private static Lesson lesson(
      String title, String text, LessonCategory category, String phase, String... tags) {
    Lesson lesson =
        Lesson.record(
            1L,
            new LessonData(
                title, text, null, null, null, category, phase, List.of(tags), false, null),
            "pm",
            NOW);
    ReflectionTestUtils.setField(lesson, "id", ids++);
    return lesson;
  }

  private static Lesson lesson(String title) {
    return lesson(title, "Something happened.", LessonCategory.SCHEDULE, null);
  }

  @Test
  void a_duplicate_is_merged_into_a_survivor_and_points_to_it() {
    Lesson survivor = lesson("Survivor");
    Lesson duplicate = lesson("Duplicate");
    duplicate.mergeInto(survivor, "pmo", NOW);
    assertThat(duplicate.getStatus()).isEqualTo(LessonStatus.MERGED);
    assertThat(duplicate.getMergedIntoId()).isEqualTo(survivor.getId());
    assertThat(duplicate.getCuratedBy()).isEqualTo("pmo");
  }

  @Test
  void a_lesson_is_never_merged_into_itself_nor_into_a_merged_lesson_nor_twice() {
    Lesson a = lesson("A");
    Lesson b = lesson("B");
    Lesson c = lesson("C");
    assertThatThrownBy(() -> a.mergeInto(a, "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("itself");
    b.mergeInto(c, "pmo", NOW);
    assertThatThrownBy(() -> a.mergeInto(b, "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("merge into that one");
    assertThatThrownBy(() -> b.mergeInto(a, "pmo", NOW)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(
            () ->
                b.revise(
                    new LessonData(
                        "X", "Y", null, null, null, LessonCategory.COST, null, null, null, null),
                    "pmo",
                    NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void review_and_adoption_go_forward_only() {
    Lesson lesson = lesson("Reviewed");
    lesson.review("pmo", NOW);
    assertThat(lesson.getStatus()).isEqualTo(LessonStatus.REVIEWED);
    assertThatThrownBy(() -> lesson.review("pmo", NOW)).isInstanceOf(BusinessRuleException.class);
    lesson.adopt("pmo", NOW);
    assertThat(lesson.getStatus()).isEqualTo(LessonStatus.ADOPTED);
    assertThatThrownBy(() -> lesson.adopt("pmo", NOW)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> lesson.review("pmo", NOW)).isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void tags_are_kept_in_lower_case_with_hyphens() {
    Lesson lesson =
        lesson("Tags", "Text", LessonCategory.COST, null, "Data Migration", " cutover ");
    assertThat(lesson.getTags()).containsExactly("cutover", "data-migration");
  }

  @Test
  void words_are_compared_without_case_endings_or_common_words() {
    assertThat(LessonRelevance.words("The Suppliers were delivering late, and the testing slipped"))
        .containsExactly("supplier", "deliver", "late", "test", "slipp");
  }

  @Test
  void for_queries_written_for_the_test_the_expected_lesson_is_in_the_top_five() {
    List<Lesson> lessons =
        List.of(
            lesson(
                "Data migration rehearsals",
                "Two dress rehearsals of the data migration found mapping errors before cutover.",
                LessonCategory.TECHNICAL,
                "Delivery",
                "data-migration"),
            lesson(
                "Supplier delivered servers late",
                "The hardware supplier missed the delivery date by three weeks.",
                LessonCategory.PROCUREMENT,
                "Delivery",
                "suppliers"),
            lesson(
                "Sponsor absent at steering",
                "The sponsor skipped three steering meetings; decisions waited.",
                LessonCategory.STAKEHOLDERS,
                "Initiation",
                "sponsor"),
            lesson(
                "Budget contingency too small",
                "Contingency of 5% was used up by month four.",
                LessonCategory.COST,
                "Planning",
                "contingency"),
            lesson(
                "User training too late",
                "Training started a week before go-live; users were not ready.",
                LessonCategory.CHANGE,
                "Delivery",
                "training"),
            lesson(
                "Requirements signed off early",
                "Scope was frozen before users saw a prototype.",
                LessonCategory.SCOPE,
                "Initiation",
                "requirements"),
            lesson(
                "Test environment shared",
                "The shared test environment blocked two teams.",
                LessonCategory.QUALITY,
                "Delivery",
                "testing"),
            lesson(
                "Weekly risk review worked",
                "A short weekly risk review caught issues early.",
                LessonCategory.RISK,
                "Planning",
                "risk-review"),
            lesson(
                "Vendor contract without penalties",
                "The contract had no penalty for late delivery.",
                LessonCategory.PROCUREMENT,
                "Initiation",
                "contracts"),
            lesson(
                "Go-live on a Friday",
                "Cutover on Friday left no support over the weekend.",
                LessonCategory.TECHNICAL,
                "Closure",
                "cutover"));
    assertTopFive(
        lessons,
        "migrating customer data to the new ERP",
        LessonCategory.TECHNICAL,
        null,
        "Data migration rehearsals");
    assertTopFive(
        lessons,
        "new hardware supplier for the servers",
        null,
        null,
        "Supplier delivered servers late");
    assertTopFive(
        lessons,
        "steering committee and sponsor engagement",
        null,
        "Initiation",
        "Sponsor absent at steering");
    assertTopFive(
        lessons,
        "how much contingency in the budget",
        LessonCategory.COST,
        "Planning",
        "Budget contingency too small");
    assertTopFive(lessons, "train the users before go-live", null, null, "User training too late");
    assertTopFive(lessons, "weekend cutover plan", null, "Closure", "Go-live on a Friday");
  }

  private static void assertTopFive(
      List<Lesson> lessons, String query, LessonCategory category, String phase, String expected) {
    Set<String> words = LessonRelevance.words(query);
    List<String> top =
        lessons.stream()
            .sorted(
                Comparator.comparingDouble(
                        (Lesson l) -> LessonRelevance.score(words, category, phase, l))
                    .reversed())
            .limit(5)
            .map(Lesson::getTitle)
            .toList();
    assertThat(top).as(query).contains(expected);
  }
}
