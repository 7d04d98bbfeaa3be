package org.cairnpmo.bench.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cairnpmo.engine.staffing.Assignment;
import org.cairnpmo.engine.staffing.FitScore;
import org.cairnpmo.engine.staffing.StaffingOptions;
import org.cairnpmo.engine.staffing.StaffingResult;
import org.junit.jupiter.api.Test;

class StaffingSuiteTest {

  @Test
  void runsGeneratedInstancesAndEndsWithTheSummaryLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        new StaffingSuite(new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .run(
                new String[] {
                  "--requests",
                  "40",
                  "--people",
                  "120",
                  "--weeks",
                  "12",
                  "--seed",
                  "3",
                  "--instances",
                  "2",
                  "--time-limit-s",
                  "3",
                  "--workers",
                  "2"
                });
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(code).isZero();
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith("3 ").endsWith(" ok");
    assertThat(lines[2]).startsWith("4 ").endsWith(" ok");
    assertThat(lines[3])
        .matches(
            "staffing requests=40 people=120 value=[0-9.]+ bound=[0-9.]+ gap_pct=[0-9.]+"
                + " ms=[0-9]+");
  }

  @Test
  void theSameSeedGeneratesTheSameInstance() {
    assertThat(StaffingInstance.generate(30, 50, 10, 9))
        .isEqualTo(StaffingInstance.generate(30, 50, 10, 9));
  }

  @Test
  void theCheckFindsAnOverBookedPerson() {
    StaffingInstance instance = StaffingInstance.generate(20, 30, 10, 1);
    // Every request given to the same person, who cannot take them all.
    List<Assignment> all =
        instance.requests().stream()
            .map(
                r ->
                    new Assignment(
                        r.id(),
                        instance.people().get(0).id(),
                        new FitScore(1, 1, 1, 1, 1),
                        1,
                        List.of()))
            .toList();
    StaffingResult bogus =
        new StaffingResult(null, null, all, List.of(), 0, 0, 0, Duration.ZERO, false);
    assertThat(StaffingSuite.check(instance, bogus)).anyMatch(v -> v.contains("over-booked"));
  }

  @Test
  void badOptionsAreRefused() {
    assertThat(new StaffingSuite(System.out).run(new String[] {"--weeks", "2"})).isEqualTo(2);
    assertThat(new StaffingSuite(System.out).run(new String[] {"--nonsense"})).isEqualTo(2);
    assertThat(StaffingOptions.defaults().workLimit()).isNull();
  }
}
