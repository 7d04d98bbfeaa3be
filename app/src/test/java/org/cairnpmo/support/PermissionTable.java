package org.cairnpmo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;

/**
 * A table of {@code docs/permissions.md} is what the code does: a permission test lists one action
 * per row, and {@link #check} performs every action as the person of every column, reads the answer
 * as allowed (2xx) or refused (403, or 404 for what the person may not see) and compares the result
 * with the document. A row without an action, or an action without a row, fails too, so the
 * document and the code cannot drift apart; when they differ, the table as the code behaves is
 * printed, ready to copy.
 */
public final class PermissionTable {

  private static final Path DOCUMENT = Path.of("../docs/permissions.md");

  private PermissionTable() {}

  /** A column of a table, by its heading in the document. */
  public interface Column {
    String heading();
  }

  /**
   * The columns of the tables about a project: the global role and the relation to the project
   * acted on.
   */
  public enum Who implements Column {
    ADMIN("Administrator", Role.ADMIN),
    PMO("PMO", Role.PMO),
    EXECUTIVE("Executive", Role.EXECUTIVE),
    MANAGER("Its project manager", Role.PROJECT_MANAGER),
    TEAM("Its team member", Role.MEMBER),
    OTHER_MANAGER("Another project manager", Role.PROJECT_MANAGER),
    RESOURCE_MANAGER("Resource manager", Role.RESOURCE_MANAGER),
    OUTSIDER("Another member", Role.MEMBER);

    private final String heading;
    private final Role role;

    Who(String heading, Role role) {
      this.heading = heading;
      this.role = role;
    }

    @Override
    public String heading() {
      return heading;
    }
  }

  /** One action of a row, performed by {@code who}; answers the HTTP status. */
  @FunctionalInterface
  public interface Action {
    int perform(UserSummary who) throws Exception;
  }

  /** A new person for each column of the project tables, each with the column's role. */
  public static Map<Who, UserSummary> cast(Function<Role, UserSummary> user) {
    Map<Who, UserSummary> people = new EnumMap<>(Who.class);
    for (Who who : Who.values()) {
      people.put(who, user.apply(who.role));
    }
    return people;
  }

  /**
   * What the code did for each action, as the person of every column, beside the table of the
   * document whose first heading is {@code title}. The test compares the two.
   */
  public record Outcome<W extends Enum<W> & Column>(
      String title,
      Class<W> columns,
      Map<String, Map<W, Boolean>> documented,
      Map<String, Map<W, Boolean>> actual,
      List<String> surprises) {

    /** The message when the two differ: the code's table, ready to paste into the document. */
    public String differences() {
      return "docs/permissions.md ("
          + title
          + ") differs from what the code does. The code's table:\n"
          + table(title, columns, actual);
    }
  }

  /** Performs every action as the person of every column; see {@link Outcome}. */
  public static <W extends Enum<W> & Column> Outcome<W> perform(
      String title, Class<W> columns, Map<W, UserSummary> people, Map<String, Action> actions)
      throws Exception {
    Map<String, Map<W, Boolean>> documented = read(title, columns);
    Map<String, Map<W, Boolean>> actual = new LinkedHashMap<>();
    List<String> surprises = new ArrayList<>();
    for (var action : actions.entrySet()) {
      Map<W, Boolean> row = new EnumMap<>(columns);
      for (W who : columns.getEnumConstants()) {
        int status = action.getValue().perform(people.get(who));
        if (status >= 200 && status < 300) {
          row.put(who, true);
        } else if (status == 403 || status == 404) {
          row.put(who, false);
        } else {
          surprises.add(action.getKey() + " as " + who.heading() + ": HTTP " + status);
        }
      }
      actual.put(action.getKey(), row);
    }
    return new Outcome<>(title, columns, documented, actual, surprises);
  }

  private static <W extends Enum<W> & Column> Map<String, Map<W, Boolean>> read(
      String title, Class<W> columns) throws Exception {
    List<String> lines = Files.readAllLines(DOCUMENT);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| " + title + " |")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("the table '" + title + "' in docs/permissions.md").isNotNegative();
    W[] who = columns.getEnumConstants();
    List<String> headings = cells(lines.get(header));
    assertThat(headings.subList(1, headings.size()))
        .as("the columns of '" + title + "'")
        .containsExactly(Arrays.stream(who).map(Column::heading).toArray(String[]::new));
    Map<String, Map<W, Boolean>> rows = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = cells(lines.get(i));
      String action = cells.get(0).replace("**", "").trim();
      Map<W, Boolean> row = new EnumMap<>(columns);
      for (W w : who) {
        String cell = cells.get(w.ordinal() + 1);
        assertThat(cell).as(action + " / " + w.heading()).matches("(yes|no)\\b.*");
        row.put(w, cell.startsWith("yes"));
      }
      rows.put(action, row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String inner = line.trim();
    inner = inner.substring(1, inner.length() - 1);
    return List.of(inner.split("\\|", -1)).stream().map(String::trim).toList();
  }

  private static <W extends Enum<W> & Column> String table(
      String title, Class<W> columns, Map<String, Map<W, Boolean>> rows) {
    StringBuilder out = new StringBuilder("| " + title + " |");
    for (W who : columns.getEnumConstants()) {
      out.append(' ').append(who.heading()).append(" |");
    }
    out.append("\n|---|").append("---|".repeat(columns.getEnumConstants().length)).append('\n');
    rows.forEach(
        (action, row) -> {
          out.append("| ").append(action).append(" |");
          row.values().forEach(allowed -> out.append(allowed ? " yes |" : " no |"));
          out.append('\n');
        });
    return out.toString();
  }
}
