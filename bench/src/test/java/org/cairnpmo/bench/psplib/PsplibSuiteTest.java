package org.cairnpmo.bench.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsplibSuiteTest {

  /** PSPLIB's j301_1 (optimum 43), under a name the suite has never seen. */
  private static Path instance(Path folder) throws Exception {
    Files.createDirectories(folder);
    Path file = folder.resolve("j301_1.sm");
    try (InputStream in = PsplibSuiteTest.class.getResourceAsStream("/psplib/j301_1.sm")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static List<String> run(String... args) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code = new PsplibSuite(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(args);
    assertThat(code).isZero();
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void a_folder_is_levelled_and_the_written_schedules_keep_precedence_and_capacity(
      @TempDir Path dir) throws Exception {
    Path file = instance(dir.resolve("any-name"));
    Files.createDirectories(dir.resolve("solutions"));
    Files.writeString(
        dir.resolve("solutions/j30opt.sm"), "Paramter Instance Makespan\n 1  1  43  0.30\n");
    Path out = dir.resolve("out");

    List<String> lines =
        run(
            dir.resolve("any-name").toString(),
            "--mode",
            "heuristic",
            "--time-limit-s",
            "1",
            "--write-schedules",
            out.toString());

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("j301_1\t43\t\\d+\t\\d+\\.\\d{3}");
    assertThat(lines.get(1)).startsWith("baseline set=j30 avg_dev_from_best_pct=");
    assertThat(lines.get(2))
        .startsWith("psplib set=j30 instances=1 mode=heuristic avg_dev_from_best_pct=0.000 ")
        .contains("optimal_or_best_found=1 avg_time_s=");
    PsplibInstance instance = PsplibInstance.read(file);
    int[] start = ScheduleCheck.readSolution(out.resolve("j301_1.sol"), 32);
    assertThat(ScheduleCheck.violations(instance, start)).isEmpty();
  }

  @Test
  void the_checker_finds_a_broken_precedence_and_an_overloaded_resource(@TempDir Path dir)
      throws Exception {
    PsplibInstance instance = PsplibInstance.read(instance(dir));
    assertThat(instance.realJobs()).isEqualTo(30);
    assertThat(instance.statedCriticalPath()).isEqualTo(38);
    assertThat(instance.toProblem().activities()).isEqualTo(32);
    int[] everythingAtZero = new int[32];
    assertThat(ScheduleCheck.violations(instance, everythingAtZero))
        .anyMatch(v -> v.contains("starts before job"))
        .anyMatch(v -> v.contains("carries"));
  }

  @Test
  void the_tables_give_the_best_upper_bound_and_the_lower_bound(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("j60hrs.sm"), "Par Inst Makespan\n1\t1\t77\t\tTue 1996\n");
    Files.writeString(
        dir.resolve("j60lb.sm"), "  Par  Inst    UB   LB\n  1   1    78    75    *\nnotes 1 2\n");
    References refs = References.read(dir);
    assertThat(refs.best("j601_1")).isEqualTo(77);
    assertThat(refs.lowerBound("j601_1")).isEqualTo(75);
    assertThat(refs.best("j601_2")).isNull();
  }
}
