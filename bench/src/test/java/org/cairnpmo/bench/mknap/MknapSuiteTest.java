package org.cairnpmo.bench.mknap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MknapSuiteTest {

  /** Two problems in OR-Library layout; line breaks deliberately irregular. */
  private static final String FILE =
      """
       2
       4 2 0
       10 7 6 4
       6 5 5 1
       1 4 4 1 10 8
       3 1 0 12 9 8 5 3 4 6
      """;

  private static final String REFERENCES =
      """
      Problem Name        Best Feasible Solution Value

      2.4-00                  14
      1.3-01                  12

      Problem Name     LP optimal

      2.4-00        1.5000000000e+01
      1.3-01        1.2500000000e+01
      """;

  @Test
  void readsProblemsWhateverTheLineBreaks(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("mknapcb1.txt"), FILE);
    List<MknapInstance> instances = MknapReader.read(file);

    assertThat(instances).hasSize(2);
    MknapInstance first = instances.get(0);
    assertThat(first.label()).isEqualTo("mknapcb1:1");
    assertThat(first.orLibraryName()).isEqualTo("2.4-00");
    assertThat(first.profits()).containsExactly(10, 7, 6, 4);
    assertThat(first.weights()[1]).containsExactly(1, 4, 4, 1);
    assertThat(first.capacities()).containsExactly(10, 8);
    MknapInstance second = instances.get(1);
    assertThat(second.items()).isEqualTo(3);
    assertThat(second.profits()).containsExactly(12, 9, 8);
    assertThat(second.weights()[0]).containsExactly(5, 3, 4);
    assertThat(second.capacities()).containsExactly(6);
  }

  @Test
  void readsEveryFileOfTheFormatInAFolderWhateverItsName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mknapcb10.txt"), FILE);
    Files.writeString(dir.resolve("mknapcb2.txt"), FILE);
    Files.writeString(dir.resolve("gk01.dat"), FILE);
    Files.writeString(dir.resolve("best-feasible-slns.txt"), REFERENCES);
    Files.writeString(dir.resolve("README.md"), "# Instances\n\nFrom the OR-Library.\n");
    Files.writeString(dir.resolve("truncated.txt"), "2\n4 2 0\n10 7 6 4\n");
    Files.writeString(dir.resolve("trailing.txt"), FILE + " 99\n");

    assertThat(MknapSuite.dataFiles(dir).stream().map(p -> p.getFileName().toString()))
        .containsExactly("gk01.dat", "mknapcb2.txt", "mknapcb10.txt");
  }

  @Test
  void readsBothReferenceTables(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("best-feasible-slns.txt"), REFERENCES);
    MknapReader.References refs = MknapReader.readReferences(file);
    assertThat(refs.bestFeasible()).containsEntry("2.4-00", 14.0).containsEntry("1.3-01", 12.0);
    assertThat(refs.lpOptimum()).containsEntry("2.4-00", 15.0).containsEntry("1.3-01", 12.5);
  }

  @Test
  void runsTheSuiteAndEndsWithTheSummaryLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mknapcb1.txt"), FILE);
    Files.writeString(dir.resolve("best-feasible-slns.txt"), REFERENCES);
    Path out = dir.resolve("solutions");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        new MknapSuite(new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .run(
                new String[] {
                  dir.toString(), "--time-limit-s", "1", "--write-solutions", out.toString()
                });

    assertThat(code).isZero();
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .matches(
            "mknap instances=2 avg_gap_to_reference_pct=-?[0-9.]+ avg_gap_to_lp_pct=[0-9.]+"
                + " avg_time_s=[0-9.]+ greedy_avg_gap_to_reference_pct=-?[0-9.]+");
    assertThat(lines).anyMatch(l -> l.matches("mknapcb1:1\t14\t[0-9.]+\t[0-9.]+"));
    assertThat(lines).anyMatch(l -> l.startsWith("mknapcb1:2\t"));
    // The unique optimum of the first problem: items 1 and 4 (value 14).
    assertThat(Files.readAllLines(out.resolve("mknapcb1-1.sol"))).containsExactly("1", "4");
    assertThat(out.resolve("mknapcb1-2.sol")).exists();
  }

  @Test
  void referencesAreNaWithoutTheTable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("custom.txt"), FILE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new MknapSuite(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run(new String[] {file.toString(), "--time-limit-s", "1", "--limit", "1"});
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .startsWith("mknap instances=1 avg_gap_to_reference_pct=NA")
        .endsWith("greedy_avg_gap_to_reference_pct=NA");
  }

  @Test
  void rejectsUnknownOptions() throws Exception {
    int code = new MknapSuite(System.out).run(new String[] {"x", "--bogus"});
    assertThat(code).isEqualTo(2);
  }
}
