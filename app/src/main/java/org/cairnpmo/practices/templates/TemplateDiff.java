package org.cairnpmo.practices.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed from one template version's content to another's, item by item, in words a project
 * manager reads: items are matched by name (budget lines by month, category and cost type), so a
 * renamed item is one removed and one added. RACI rows are not compared: they are set when the
 * project starts and are the project's own from then on.
 */
final class TemplateDiff {

  /** One change, with the item's key and a readable sentence. */
  record Change(ElementKind kind, String key, ChangeType type, String summary) {}

  private TemplateDiff() {}

  static List<Change> between(TemplateContent before, TemplateContent after) {
    List<Change> changes = new ArrayList<>();
    compare(
        ElementKind.TASK,
        before.tasks(),
        after.tasks(),
        TemplateContent.TaskItem::name,
        t -> "Task '" + t.name().trim() + "': " + days(t.days()) + following(t.after()),
        TemplateDiff::taskChange,
        changes);
    compare(
        ElementKind.MILESTONE,
        before.milestones(),
        after.milestones(),
        TemplateContent.MilestoneItem::name,
        m -> "Milestone '" + m.name().trim() + "': day " + m.offsetDays() + " after the start",
        (a, b) ->
            Objects.equals(a.offsetDays(), b.offsetDays())
                ? null
                : "Milestone '"
                    + b.name().trim()
                    + "': day "
                    + a.offsetDays()
                    + " → day "
                    + b.offsetDays()
                    + " after the start",
        changes);
    compare(
        ElementKind.RISK,
        before.risks(),
        after.risks(),
        TemplateContent.RiskItem::title,
        r ->
            "Risk '"
                + r.title().trim()
                + "': probability "
                + r.probability()
                + ", impact "
                + r.impact(),
        TemplateDiff::riskChange,
        changes);
    compare(
        ElementKind.BUDGET,
        before.budget(),
        after.budget(),
        TemplateContent.BudgetItem::key,
        b -> budgetLabel(b) + ": " + b.amount().stripTrailingZeros().toPlainString(),
        (a, b) ->
            a.amount().compareTo(b.amount()) == 0
                ? null
                : budgetLabel(b) + ": " + plain(a.amount()) + " → " + plain(b.amount()),
        changes);
    compare(
        ElementKind.CHECKLIST,
        before.checklist(),
        after.checklist(),
        Function.identity(),
        c -> "Checklist item '" + c.trim() + "'",
        (a, b) -> null,
        changes);
    compare(
        ElementKind.DOCUMENT,
        before.documents(),
        after.documents(),
        TemplateContent.DocumentItem::name,
        d ->
            "Document '"
                + d.name().trim()
                + "'"
                + (d.link() == null || d.link().isBlank() ? "" : " (" + d.link().trim() + ")"),
        (a, b) ->
            Objects.equals(blank(a.link()), blank(b.link()))
                ? null
                : "Document '"
                    + b.name().trim()
                    + "': template link "
                    + (blank(a.link()) == null ? "none" : a.link().trim())
                    + " → "
                    + (blank(b.link()) == null ? "none" : b.link().trim()),
        changes);
    if (!Objects.equals(before.reportingCadence(), after.reportingCadence())) {
      changes.add(
          new Change(
              ElementKind.CADENCE,
              "cadence",
              after.reportingCadence() == null
                  ? ChangeType.REMOVED
                  : before.reportingCadence() == null ? ChangeType.ADDED : ChangeType.CHANGED,
              "Reporting cadence: "
                  + (before.reportingCadence() == null ? "none" : before.reportingCadence())
                  + " → "
                  + (after.reportingCadence() == null ? "none" : after.reportingCadence())));
    }
    return changes;
  }

  private static <T> void compare(
      ElementKind kind,
      List<T> before,
      List<T> after,
      Function<T, String> name,
      Function<T, String> describe,
      BiFunction<T, T, String> changed,
      List<Change> changes) {
    Map<String, T> old = new LinkedHashMap<>();
    before.forEach(t -> old.putIfAbsent(TemplateContent.key(name.apply(t)), t));
    Map<String, T> now = new LinkedHashMap<>();
    after.forEach(t -> now.putIfAbsent(TemplateContent.key(name.apply(t)), t));
    now.forEach(
        (key, item) -> {
          T was = old.get(key);
          if (was == null) {
            changes.add(new Change(kind, key, ChangeType.ADDED, describe.apply(item)));
          } else {
            String summary = changed.apply(was, item);
            if (summary != null) {
              changes.add(new Change(kind, key, ChangeType.CHANGED, summary));
            }
          }
        });
    old.forEach(
        (key, item) -> {
          if (!now.containsKey(key)) {
            changes.add(new Change(kind, key, ChangeType.REMOVED, describe.apply(item)));
          }
        });
  }

  private static String taskChange(TemplateContent.TaskItem a, TemplateContent.TaskItem b) {
    List<String> parts = new ArrayList<>();
    if (!Objects.equals(a.days(), b.days())) {
      parts.add(days(a.days()) + " → " + days(b.days()));
    }
    List<String> was = a.after().stream().map(TemplateContent::key).sorted().toList();
    List<String> is = b.after().stream().map(TemplateContent::key).sorted().toList();
    if (!was.equals(is)) {
      parts.add(b.after().isEmpty() ? "follows no task now" : "now" + following(b.after()));
    }
    return parts.isEmpty() ? null : "Task '" + b.name().trim() + "': " + String.join("; ", parts);
  }

  private static String riskChange(TemplateContent.RiskItem a, TemplateContent.RiskItem b) {
    List<String> parts = new ArrayList<>();
    if (!Objects.equals(a.probability(), b.probability())) {
      parts.add("probability " + a.probability() + " → " + b.probability());
    }
    if (!Objects.equals(a.impact(), b.impact())) {
      parts.add("impact " + a.impact() + " → " + b.impact());
    }
    if (!Objects.equals(blank(a.description()), blank(b.description()))) {
      parts.add("new description");
    }
    return parts.isEmpty() ? null : "Risk '" + b.title().trim() + "': " + String.join("; ", parts);
  }

  private static String days(int days) {
    return days == 0 ? "milestone (0 days)" : days == 1 ? "1 day" : days + " days";
  }

  private static String following(List<String> after) {
    return after.isEmpty()
        ? ""
        : " after " + String.join(", ", after.stream().map(a -> "'" + a.trim() + "'").toList());
  }

  static String budgetLabel(TemplateContent.BudgetItem b) {
    return "Budget month "
        + (b.month() + 1)
        + " "
        + b.category().toLowerCase(java.util.Locale.ROOT)
        + " "
        + b.costType();
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
