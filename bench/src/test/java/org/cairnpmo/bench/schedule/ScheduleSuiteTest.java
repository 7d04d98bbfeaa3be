package org.cairnpmo.bench.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleSuiteTest {

  /** The shared reference files; on a machine without them the file tests are skipped. */
  private static final Path SHARED = Path.of("../../shared/benchmarks/msproject");

  private static List<String> run(Path folder) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code =
        new ScheduleSuite(new PrintStream(buffer, true, StandardCharsets.UTF_8))
            .run(new String[] {folder.toString()});
    assertThat(code).isZero();
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void files_that_are_no_plans_are_passed_over_and_the_summary_line_comes_last(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not a plan");
    List<String> lines = run(dir);
    assertThat(lines.get(0)).startsWith("file\tformat\ttasks");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("msproject files=0 tasks=0 early_start_match_pct=");
  }

  @Test
  void the_same_plan_saved_by_five_versions_of_ms_project_gets_its_dates_back(@TempDir Path dir)
      throws Exception {
    Path shared = SHARED.toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared), "no shared benchmark files at " + shared);
    try (var files = Files.list(shared)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().contains("task-links")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    List<String> lines = run(dir);
    assertThat(lines).hasSize(7);
    for (String row : lines.subList(1, 6)) {
      String[] cells = row.split("\t");
      assertThat(cells[2]).as(cells[0]).isEqualTo("16");
      assertThat(cells[5]).as(cells[0]).isEqualTo("16");
    }
    assertThat(lines.get(6)).contains("files=5 tasks=80 early_start_match_pct=100.0");
  }

  @Test
  void leveled_tasks_and_work_spread_over_time_give_the_dates_ms_project_stored(@TempDir Path dir)
      throws Exception {
    Path shared = SHARED.toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared), "no shared benchmark files at " + shared);
    for (String name :
        List.of("aspjava__CustomerFeedback.mpp", "aspnet__TaskPercentageCompletion.mpp")) {
      Files.copy(shared.resolve(name), dir.resolve(name));
    }
    List<String> lines = run(dir);
    assertThat(lines.get(1)).startsWith("aspjava__CustomerFeedback.mpp\tMPP\t45\t45\t45\t45\t");
    assertThat(lines.get(2))
        .startsWith("aspnet__TaskPercentageCompletion.mpp\tMPP\t10\t10\t10\t10\t");
  }
}
