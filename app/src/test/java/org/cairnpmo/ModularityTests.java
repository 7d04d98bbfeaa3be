package org.cairnpmo;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, no reaching into another module's internal packages, only
 * declared dependencies), and the module documentation is regenerated from the code on every build:
 * the overview diagram in {@code app/target/spring-modulith-docs} (Spring Modulith's full set with
 * {@code -Dcairn.modulith.full-docs=true}), and the module map that the README links to in {@code
 * docs/modules/} (rewritten only when the modules change).
 */
class ModularityTests {

  /**
   * The engine ({@code org.cairnpmo.engine.*}, from the {@code engine/} Maven module) is a plain
   * library that every module may use, like any other dependency, not an application module. Left
   * in, Modulith would see one "engine" module whose sub-packages are internal to it.
   */
  static final ApplicationModules MODULES =
      ApplicationModules.of(
          CairnApplication.class,
          resideInAPackage(CairnApplication.class.getPackageName() + ".engine.."));

  private static final Path TARGET_DOCS = Path.of("target", "spring-modulith-docs");
  private static final Path REPOSITORY = Path.of("..");
  private static final Path MODULE_MAP = REPOSITORY.resolve(Path.of("docs", "modules"));

  @Test
  void module_boundaries_are_respected() {
    MODULES.verify();
  }

  @Test
  void module_documentation_is_written() throws IOException {
    Documenter documenter = new Documenter(MODULES);
    // The overview diagram is what the module map is made from; the per-module canvases and
    // diagrams cost several seconds on every build and nobody reads them there, so they are
    // written on request: ./mvnw verify -Dcairn.modulith.full-docs=true
    if (Boolean.getBoolean("cairn.modulith.full-docs")) {
      documenter.writeDocumentation();
    } else {
      documenter.writeModulesAsPlantUml();
    }
    Path components = TARGET_DOCS.resolve("components.puml");
    assertThat(components).exists();

    if (Files.exists(REPOSITORY.resolve("mvnw")) && Files.exists(REPOSITORY.resolve("app"))) {
      Files.createDirectories(MODULE_MAP);
      writeIfChanged(MODULE_MAP.resolve("components.puml"), stable(Files.readString(components)));
      writeIfChanged(MODULE_MAP.resolve("README.md"), moduleMap());
    }
  }

  /** A Markdown page GitHub renders: a Mermaid diagram and a table of the modules. */
  private static String moduleMap() throws IOException {
    List<ApplicationModule> modules =
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
    StringBuilder md = new StringBuilder();
    md.append("# Cairn's application modules\n\n")
        .append("Generated from the code by `app/src/test/java/org/cairnpmo/ModularityTests.java`")
        .append(" (Spring Modulith) on every test run; do not edit by hand. The full generated set")
        .append(" (one PlantUML diagram and AsciiDoc canvas per module) is written to")
        .append(" `app/target/spring-modulith-docs/` with `-Dcairn.modulith.full-docs=true`;")
        .append(" the overview is also in")
        .append(" [components.puml](components.puml).\n\n")
        .append("Each module is a package under `org.cairnpmo`; its root package is its public API")
        .append(" (facade, records, events), its sub-packages (`domain`, `web`) are internal. The")
        .append(" `engine` library (`org.cairnpmo.engine`, the `engine/` Maven module) is not an")
        .append(" application module: any module may use it.\n\n")
        .append("```mermaid\nflowchart LR\n");
    for (ApplicationModule module : modules) {
      md.append("  ")
          .append(module.getName())
          .append("[\"")
          .append(module.getDisplayName())
          .append("\"]\n");
    }
    for (ApplicationModule module : modules) {
      for (String target : dependencies(module)) {
        md.append("  ").append(module.getName()).append(" --> ").append(target).append('\n');
      }
    }
    md.append("```\n\n")
        .append("| module | package | what it is for | uses |\n")
        .append("| --- | --- | --- | --- |\n");
    for (ApplicationModule module : modules) {
      md.append("| ")
          .append(module.getDisplayName())
          .append(" | `")
          .append(module.getBasePackage().getName())
          .append("` | ")
          .append(purpose(module))
          .append(" | ")
          .append(uses(module))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String uses(ApplicationModule module) {
    String uses =
        dependencies(module).stream()
            .map(name -> MODULES.getModuleByName(name).orElseThrow().getDisplayName())
            .collect(Collectors.joining(", "));
    if (module.isOpen()) {
      uses += (uses.isEmpty() ? "" : " ") + "(open module: every module may use all of it)";
    }
    return uses;
  }

  private static List<String> dependencies(ApplicationModule module) {
    return module
        .getDirectDependencies(MODULES)
        .uniqueModules()
        .map(ApplicationModule::getName)
        .filter(name -> !name.equals(module.getName()))
        .distinct()
        .sorted()
        .toList();
  }

  /** The module's one-line purpose, from the Javadoc of its {@code package-info.java}. */
  private static String purpose(ApplicationModule module) throws IOException {
    Path source =
        Path.of("src", "main", "java")
            .resolve(module.getBasePackage().getName().replace('.', '/'))
            .resolve("package-info.java");
    if (!Files.exists(source)) {
      return "";
    }
    String text = Files.readString(source);
    int start = text.indexOf("/**");
    int end = text.indexOf("*/", start + 3);
    if (start < 0 || end < 0) {
      return "";
    }
    // The first paragraph only: up to the first blank line or <p>.
    String firstParagraph = text.substring(start + 3, end).split("<p>|\\n\\s*\\*?\\s*\\n")[0];
    return firstParagraph
        .lines()
        .map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
        .filter(line -> !line.isBlank())
        .collect(Collectors.joining(" "))
        .replaceAll("\\{@(?:code|link) ([^}]*)}", "`$1`")
        .replaceAll("<[^>]+>", "")
        .replace("|", "\\|")
        .strip();
  }

  /**
   * The Documenter lists components and relations in no fixed order; sorting each run of them keeps
   * the committed copy unchanged until the modules really change.
   */
  private static String stable(String plantUml) {
    List<String> lines = new ArrayList<>(plantUml.lines().toList());
    for (String kind : List.of("Component(", "Rel(")) {
      int from = -1;
      for (int i = 0; i <= lines.size(); i++) {
        boolean matches = i < lines.size() && lines.get(i).strip().startsWith(kind);
        if (matches && from < 0) {
          from = i;
        } else if (!matches && from >= 0) {
          Collections.sort(lines.subList(from, i));
          from = -1;
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static void writeIfChanged(Path file, String content) throws IOException {
    if (!Files.exists(file) || !Files.readString(file).equals(content)) {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    }
  }
}
