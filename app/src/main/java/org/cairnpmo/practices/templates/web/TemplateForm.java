package org.cairnpmo.practices.templates.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;

/**
 * The template form: the template's items are written one per line, their parts separated by {@code
 * |}, so that a whole template fits on one page. A line that cannot be read is named with its
 * number next to its box; so are the problems the service finds in an item.
 */
@Getter
@Setter
public class TemplateForm {

  private static final Pattern ITEM = Pattern.compile("^(?:content\\.)?(\\w+)\\[(\\d+)\\].*$");

  private String name;
  private String description;
  private Long lifecycleId;
  private Long methodId;
  private Long tierId;
  private ProjectCategory category;
  private Priority priority;
  private String changeNote;
  private String reportingCadence;
  private String tasks = "";
  private String milestones = "";
  private String risks = "";
  private String budget = "";
  private String raciRoles = "";
  private String raci = "";
  private String checklist = "";
  private String documents = "";
  private Long version;

  private final transient List<FieldProblem> lineProblems = new ArrayList<>();

  public static TemplateForm of(TemplateView t) {
    TemplateForm f = new TemplateForm();
    f.name = t.name();
    f.description = t.description();
    f.lifecycleId = t.lifecycleId();
    f.methodId = t.methodId();
    f.tierId = t.tierId();
    f.category = t.category();
    f.priority = t.priority();
    f.changeNote = t.changeNote();
    f.version = t.version();
    TemplateContent c = t.content();
    f.reportingCadence = c.reportingCadence();
    f.tasks =
        lines(
            c.tasks().stream()
                .map(
                    x ->
                        line(
                            x.name(),
                            x.days(),
                            x.after().isEmpty() ? null : String.join(", ", x.after())))
                .toList());
    f.milestones = lines(c.milestones().stream().map(x -> line(x.name(), x.offsetDays())).toList());
    f.risks =
        lines(
            c.risks().stream()
                .map(x -> line(x.title(), x.probability(), x.impact(), x.description()))
                .toList());
    f.budget =
        lines(
            c.budget().stream()
                .map(x -> line(x.month(), x.category(), x.costType(), x.amount().toPlainString()))
                .toList());
    f.raciRoles = String.join(", ", c.raciRoles());
    f.raci =
        lines(
            c.raci().stream()
                .map(
                    x ->
                        line(
                            x.activity(),
                            String.join(
                                ", ",
                                x.letters().stream().map(l -> l.isEmpty() ? "-" : l).toList())))
                .toList());
    f.checklist = lines(c.checklist());
    f.documents =
        lines(c.documents().stream().map(x -> line(x.name(), x.link(), x.templateId())).toList());
    return f;
  }

  /** The form as data; lines it cannot read are kept in {@link #getLineProblems()}. */
  public TemplateData toData() {
    lineProblems.clear();
    List<TemplateContent.TaskItem> taskItems = new ArrayList<>();
    each(
        "tasks",
        tasks,
        2,
        3,
        (p, n) ->
            taskItems.add(
                new TemplateContent.TaskItem(
                    p[0], whole(p[1], "tasks", n), p.length > 2 ? list(p[2]) : List.of())));
    List<TemplateContent.MilestoneItem> milestoneItems = new ArrayList<>();
    each(
        "milestones",
        milestones,
        2,
        2,
        (p, n) ->
            milestoneItems.add(
                new TemplateContent.MilestoneItem(p[0], whole(p[1], "milestones", n))));
    List<TemplateContent.RiskItem> riskItems = new ArrayList<>();
    each(
        "risks",
        risks,
        3,
        4,
        (p, n) ->
            riskItems.add(
                new TemplateContent.RiskItem(
                    p[0],
                    p.length > 3 ? p[3] : null,
                    whole(p[1], "risks", n),
                    whole(p[2], "risks", n))));
    List<TemplateContent.BudgetItem> budgetItems = new ArrayList<>();
    each(
        "budget",
        budget,
        4,
        4,
        (p, n) ->
            budgetItems.add(
                new TemplateContent.BudgetItem(
                    whole(p[0], "budget", n),
                    p[1].toUpperCase(Locale.ROOT),
                    p[2].toUpperCase(Locale.ROOT),
                    amount(p[3], n))));
    List<TemplateContent.RaciItem> raciItems = new ArrayList<>();
    each(
        "raci",
        raci,
        1,
        2,
        (p, n) ->
            raciItems.add(
                new TemplateContent.RaciItem(
                    p[0],
                    p.length > 1
                        ? list(p[1]).stream()
                            .map(l -> l.equals("-") ? "" : l.toUpperCase(Locale.ROOT))
                            .toList()
                        : List.of())));
    List<TemplateContent.DocumentItem> documentItems = new ArrayList<>();
    each(
        "documents",
        documents,
        1,
        3,
        (p, n) ->
            documentItems.add(
                new TemplateContent.DocumentItem(
                    p[0],
                    p.length > 1 && !p[1].isEmpty() ? p[1] : null,
                    p.length > 2 && !p[2].isEmpty() ? (long) whole(p[2], "documents", n) : null)));
    return new TemplateData(
        name,
        description,
        lifecycleId,
        methodId,
        tierId,
        category,
        priority,
        changeNote,
        new TemplateContent(
            taskItems,
            milestoneItems,
            riskItems,
            budgetItems,
            list(raciRoles),
            raciItems,
            nonBlank(checklist),
            documentItems,
            reportingCadence == null || reportingCadence.isBlank() ? null : reportingCadence),
        version);
  }

  /**
   * Problems found in the data, moved onto the form: an item's problem goes next to its box with
   * the number of its line ({@code content.tasks[2].days} becomes "Line 3: ..." for tasks).
   */
  List<FieldProblem> onForm(List<FieldProblem> problems) {
    List<FieldProblem> moved = new ArrayList<>();
    for (FieldProblem p : problems) {
      Matcher m = p.field() == null ? null : ITEM.matcher(p.field());
      if (m != null && m.matches()) {
        moved.add(
            new FieldProblem(
                m.group(1), "Line " + (Integer.parseInt(m.group(2)) + 1) + ": " + p.message()));
      } else if (p.field() != null && p.field().startsWith("content.")) {
        moved.add(new FieldProblem(p.field().substring("content.".length()), p.message()));
      } else {
        moved.add(p);
      }
    }
    return moved;
  }

  private interface LineReader {
    void read(String[] parts, int lineNumber);
  }

  private void each(String field, String text, int min, int max, LineReader reader) {
    String[] all = text == null ? new String[0] : text.split("\\R");
    int n = 0;
    for (String line : all) {
      if (line.isBlank()) {
        continue;
      }
      n++;
      String[] parts =
          Arrays.stream(line.split("\\|", -1)).map(String::trim).toArray(String[]::new);
      if (parts.length < min || parts.length > max) {
        lineProblems.add(
            new FieldProblem(
                field,
                "Line "
                    + n
                    + ": write "
                    + (min == max ? min : min + " to " + max)
                    + " parts separated by |."));
        continue;
      }
      try {
        reader.read(parts, n);
      } catch (IllegalArgumentException unreadable) {
        lineProblems.add(new FieldProblem(field, unreadable.getMessage()));
      }
    }
  }

  private static Integer whole(String s, String field, int line) {
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Line " + line + ": '" + s + "' is not a whole number.");
    }
  }

  private static BigDecimal amount(String s, int line) {
    try {
      return new BigDecimal(s.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Line " + line + ": '" + s + "' is not an amount.");
    }
  }

  private static List<String> list(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  private static List<String> nonBlank(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split("\\R")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  private static String lines(List<String> lines) {
    return String.join("\n", lines);
  }

  /**
   * One line of a text area as {@link #toData} reads it back: the parts separated by " | ", the
   * absent ones at the end left out and any other absent one left empty.
   */
  private static String line(Object... parts) {
    int count = parts.length;
    while (count > 0 && parts[count - 1] == null) {
      count--;
    }
    StringJoiner line = new StringJoiner(" | ");
    for (int i = 0; i < count; i++) {
      line.add(parts[i] == null ? "" : parts[i].toString());
    }
    return line.toString();
  }
}
