package org.cairnpmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names its own tables only: another module's data is read and written through that
 * module's API or its events, so that a module can change its schema without breaking another.
 */
class TableOwnershipTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "cairnpmo");

  /** Which module owns a table, by exact name or by prefix (a name ending in {@code _}). */
  private static final Map<String, String> OWNERS = new LinkedHashMap<>();

  static {
    for (String table : List.of("app_user", "app_user_role", "api_token")) {
      OWNERS.put(table, "identity");
    }
    OWNERS.put("department", "organization");
    for (String table : List.of("project", "project_member", "project_change")) {
      OWNERS.put(table, "projects");
    }
    for (String table :
        List.of(
            "proposal",
            "proposal_",
            "criteria_",
            "criterion",
            "score_",
            "selection_",
            "strategic_objective")) {
      OWNERS.put(table, "portfolio");
    }
    OWNERS.put("gov_", "governance");
    OWNERS.put("ctl_", "control");
    OWNERS.put("bud_", "budgets");
    OWNERS.put("pln_", "planning");
    OWNERS.put("prc_", "practices");
    OWNERS.put("lrn_", "learning");
    OWNERS.put("reporting_", "reporting");
    OWNERS.put("onb_", "onboarding");
  }

  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern SQL =
      Pattern.compile("\\b(?:select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE =
      Pattern.compile(
          "\\b(?:from|join|into|update|exists \\(select 1 from)\\s+([a-z_]+)\\b",
          Pattern.CASE_INSENSITIVE);

  @Test
  void no_module_names_another_modules_tables() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String module = SOURCES.relativize(file).getName(0).toString();
        foreign.addAll(foreignTables(module, SOURCES.relativize(file), Files.readString(file)));
      }
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void the_check_finds_a_table_of_another_module_in_a_text_block() {
    String source =
        "class X { String sql = \"\"\"\n select p.id from project p\n \"\"\"; "
            + "String own = \"insert into bud_plan (id) values (?)\"; }";
    assertThat(foreignTables("budgets", Path.of("X.java"), source))
        .containsExactly("X.java names project of projects");
  }

  private static List<String> foreignTables(String module, Path file, String source) {
    List<String> found = new ArrayList<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (!SQL.matcher(text).find()) {
        continue; // prose, such as "from proposal P-2026-01" in a history entry
      }
      Matcher table = TABLE.matcher(text);
      while (table.find()) {
        String name = table.group(1).toLowerCase();
        String owner = owner(name);
        if (owner != null && !owner.equals(module)) {
          found.add(file + " names " + name + " of " + owner);
        }
      }
    }
    return found;
  }

  private static String owner(String table) {
    String owner = OWNERS.get(table);
    if (owner != null) {
      return owner;
    }
    return OWNERS.entrySet().stream()
        .filter(e -> e.getKey().endsWith("_") && table.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
