package org.cairnpmo.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
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
}
