package org.cairnpmo.practices.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff between two template versions, item by item, in words a project manager reads. */
class TemplateDiffTest {

  private static TemplateContent content(
      List<TemplateContent.TaskItem> tasks,
      List<TemplateContent.BudgetItem> budget,
      List<TemplateContent.DocumentItem> documents,
      List<String> checklist,
      String cadence) {
    return new TemplateContent(
        tasks, null, null, budget, null, null, checklist, documents, cadence);
  }

  @Test
  void items_are_matched_by_name_so_a_change_is_told_apart_from_an_addition_or_a_removal() {
    TemplateContent before =
        content(
            List.of(
                new TemplateContent.TaskItem("Design", 5, List.of()),
                new TemplateContent.TaskItem("Build", 10, List.of("Design"))),
            List.of(new TemplateContent.BudgetItem(0, "LABOUR", "OPEX", new BigDecimal("1000"))),
            List.of(new TemplateContent.DocumentItem("Charter", null)),
            List.of("Sponsor named"),
            "MONTHLY");
    TemplateContent after =
        content(
            List.of(
                new TemplateContent.TaskItem(" design ", 5, List.of()),
                new TemplateContent.TaskItem("Review", 2, List.of("Design")),
                new TemplateContent.TaskItem("Build", 12, List.of("Review"))),
            List.of(
                new TemplateContent.BudgetItem(0, "LABOUR", "OPEX", new BigDecimal("1000.00")),
                new TemplateContent.BudgetItem(1, "MATERIAL", "CAPEX", new BigDecimal("250"))),
            List.of(new TemplateContent.DocumentItem("Charter", "https://example.org/c")),
            List.of("Sponsor named and briefed"),
            "WEEKLY");

    assertThat(TemplateDiff.between(before, after))
        .extracting(c -> c.kind() + " " + c.type() + ": " + c.summary())
        .containsExactly(
            "TASK ADDED: Task 'Review': 2 days after 'Design'",
            "TASK CHANGED: Task 'Build': 10 days → 12 days; now after 'Review'",
            "BUDGET ADDED: Budget month 2 material CAPEX: 250",
            "CHECKLIST ADDED: Checklist item 'Sponsor named and briefed'",
            "CHECKLIST REMOVED: Checklist item 'Sponsor named'",
            "DOCUMENT CHANGED: Document 'Charter': template link none → https://example.org/c",
            "CADENCE CHANGED: Reporting cadence: MONTHLY → WEEKLY");
    assertThat(TemplateDiff.between(after, after)).isEmpty();
  }
}
