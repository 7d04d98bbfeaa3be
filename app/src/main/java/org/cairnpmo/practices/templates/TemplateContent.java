package org.cairnpmo.practices.templates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What a new project starts with. Items are known by their name (a task, milestone, risk, RACI
 * activity, checklist item or document) or, for the budget, by month, category and cost type: two
 * versions of a template speak of the same item when these agree, which is how a later version's
 * changes are told apart from additions. Lists are never null.
 *
 * @param reportingCadence WEEKLY, BIWEEKLY or MONTHLY; none when null
 */
public record TemplateContent(
    @Size(max = 200, message = "At most 200 tasks") @Valid List<TaskItem> tasks,
    @Size(max = 50, message = "At most 50 milestones") @Valid List<MilestoneItem> milestones,
    @Size(max = 100, message = "At most 100 risks") @Valid List<RiskItem> risks,
    @Size(max = 200, message = "At most 200 budget lines") @Valid List<BudgetItem> budget,
    @Size(max = 20, message = "At most 20 RACI roles")
        List<@NotBlank(message = "Name the role") @Size(max = 120) String> raciRoles,
    @Size(max = 100, message = "At most 100 RACI rows") @Valid List<RaciItem> raci,
    @Size(max = 100, message = "At most 100 checklist items")
        List<@NotBlank(message = "A checklist item cannot be empty") @Size(max = 500) String>
            checklist,
    @Size(max = 50, message = "At most 50 documents") @Valid List<DocumentItem> documents,
    @Pattern(regexp = "WEEKLY|BIWEEKLY|MONTHLY", message = "Use WEEKLY, BIWEEKLY or MONTHLY")
        String reportingCadence) {

  public TemplateContent {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    risks = risks == null ? List.of() : List.copyOf(risks);
    budget = budget == null ? List.of() : List.copyOf(budget);
    raciRoles = raciRoles == null ? List.of() : List.copyOf(raciRoles);
    raci = raci == null ? List.of() : List.copyOf(raci);
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  public static TemplateContent empty() {
    return new TemplateContent(null, null, null, null, null, null, null, null, null);
  }

  /** A task of the work breakdown: working days, and the tasks (by name) it follows. */
  public record TaskItem(
      @NotBlank(message = "Name the task") @Size(max = 200, message = "At most 200 characters")
          String name,
      @NotNull(message = "Enter the duration in working days")
          @Min(value = 0, message = "Use 0 to 1000 days")
          @Max(value = 1000, message = "Use 0 to 1000 days")
          Integer days,
      @Size(max = 20, message = "At most 20 predecessors")
          List<@NotBlank(message = "Name the task it follows") String> after) {

    public TaskItem {
      after = after == null ? List.of() : List.copyOf(after);
    }
  }

  /** A key milestone, {@code offsetDays} calendar days after the project's planned start. */
  public record MilestoneItem(
      @NotBlank(message = "Name the milestone") @Size(max = 200, message = "At most 200 characters")
          String name,
      @NotNull(message = "Enter the days after the start")
          @Min(value = 0, message = "Use 0 to 3650 days")
          @Max(value = 3650, message = "Use 0 to 3650 days")
          Integer offsetDays) {}

  /** A standard risk, probability and impact from 1 to 5. */
  public record RiskItem(
      @NotBlank(message = "Enter the risk's title")
          @Size(max = 200, message = "At most 200 characters")
          String title,
      @Size(max = 2000, message = "At most 2000 characters") String description,
      @NotNull(message = "Rate the probability from 1 to 5")
          @Min(value = 1, message = "Use 1 to 5")
          @Max(value = 5, message = "Use 1 to 5")
          Integer probability,
      @NotNull(message = "Rate the impact from 1 to 5")
          @Min(value = 1, message = "Use 1 to 5")
          @Max(value = 5, message = "Use 1 to 5")
          Integer impact) {}

  /** A budget amount in the project's currency for the month {@code month} after its start (0). */
  public record BudgetItem(
      @NotNull(message = "Enter the month after the start (0 is the first)")
          @Min(value = 0, message = "Use 0 to 120")
          @Max(value = 120, message = "Use 0 to 120")
          Integer month,
      @NotNull(message = "Choose LABOUR, MATERIAL or OTHER")
          @Pattern(regexp = "LABOUR|MATERIAL|OTHER", message = "Use LABOUR, MATERIAL or OTHER")
          String category,
      @NotNull(message = "Choose CAPEX or OPEX")
          @Pattern(regexp = "CAPEX|OPEX", message = "Use CAPEX or OPEX")
          String costType,
      @NotNull(message = "Enter the amount")
          @jakarta.validation.constraints.Positive(message = "The amount must be above 0")
          @jakarta.validation.constraints.Digits(
              integer = 12,
              fraction = 2,
              message = "At most 12 digits and 2 decimals")
          BigDecimal amount) {

    public String key() {
      return "M" + month + " " + category + " " + costType;
    }
  }

  /** A RACI row: an activity and one letter (R, A, C, I or empty) per role of {@code raciRoles}. */
  public record RaciItem(
      @NotBlank(message = "Name the activity") @Size(max = 200, message = "At most 200 characters")
          String activity,
      List<@Pattern(regexp = "[RACI]?", message = "Use R, A, C, I or nothing") String> letters) {

    public RaciItem {
      letters = letters == null ? List.of() : List.copyOf(letters);
    }
  }

  /**
   * A document the project is expected to hold, with a link to its template where one exists, or
   * the id of the archive's library template that a new project's document is started from.
   */
  public record DocumentItem(
      @NotBlank(message = "Name the document") @Size(max = 200, message = "At most 200 characters")
          String name,
      @Size(max = 1000, message = "At most 1000 characters")
          @Pattern(regexp = "(https?://\\S+)?", message = "Use an http or https address")
          String link,
      Long templateId) {

    public DocumentItem(String name, String link) {
      this(name, link, null);
    }
  }

  /** How two versions recognize one item: its name without case or surrounding spaces. */
  public static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
