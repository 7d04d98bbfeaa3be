package org.cairnpmo.practices.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The results of an assessment against figures computed by hand. */
class MaturityScoresTest {

  // Questions 1-2 on governance, 3 on culture, 4 on status.
  private static final Map<Long, MaturityArea> AREAS =
      Map.of(
          1L, MaturityArea.GOVERNANCE,
          2L, MaturityArea.GOVERNANCE,
          3L, MaturityArea.CULTURE,
          4L, MaturityArea.STATUS);

  @Test
  void an_area_scores_the_mean_of_its_respondents_and_their_spread() {
    // Governance per respondent: (1+2)/2 = 1.5, (3+3)/2 = 3, (2+5)/2 = 3.5.
    // Mean 8/3 = 2.666.. -> 2.67; deviations -1.1667, 0.3333, 0.8333; variance 2.1667/3 = 0.7222;
    // standard deviation 0.8498 -> 0.85; lowest 1.5 and highest 3.5 are two levels apart.
    var results =
        MaturityScores.of(
            AREAS,
            List.of(
                Map.of(1L, 1, 2L, 2, 3L, 2, 4L, 3),
                Map.of(1L, 3, 2L, 3, 3L, 2, 4L, 3),
                Map.of(1L, 2, 2L, 5, 3L, 3, 4L, 3)));

    var governance = results.areas().get(0);
    assertThat(governance.area()).isEqualTo(MaturityArea.GOVERNANCE);
    assertThat(governance.mean()).isEqualTo(2.67);
    assertThat(governance.min()).isEqualTo(1.5);
    assertThat(governance.max()).isEqualTo(3.5);
    assertThat(governance.standardDeviation()).isEqualTo(0.85);
    assertThat(governance.respondents()).isEqualTo(3);
    assertThat(governance.disagreement()).isTrue();

    // Culture: 2, 2, 3 -> mean 2.33; deviations -1/3, -1/3, 2/3; variance (6/9)/3 = 0.2222; sd
    // 0.47.
    var culture = results.areas().get(1);
    assertThat(culture.area()).isEqualTo(MaturityArea.CULTURE);
    assertThat(culture.mean()).isEqualTo(2.33);
    assertThat(culture.standardDeviation()).isEqualTo(0.47);
    assertThat(culture.disagreement()).isFalse();

    // Status: everyone 3 -> no spread.
    var status = results.areas().get(2);
    assertThat(status.mean()).isEqualTo(3.0);
    assertThat(status.standardDeviation()).isEqualTo(0.0);

    // Overall: the mean of the areas, (8/3 + 7/3 + 3) / 3 = 8/3 = 2.67: level 2, not yet 3.
    assertThat(results.overall()).isEqualTo(2.67);
    assertThat(results.level()).isEqualTo(MaturityLevel.MANAGED);
    assertThat(results.respondents()).isEqualTo(3);
  }

  @Test
  void a_level_is_reached_once_the_overall_score_is_fully_there() {
    var three = MaturityScores.of(AREAS, List.of(Map.of(1L, 3, 2L, 3, 3L, 3, 4L, 3)));
    assertThat(three.overall()).isEqualTo(3.0);
    assertThat(three.level()).isEqualTo(MaturityLevel.DEFINED);

    // Two respondents: governance 2.5 and 2.5, culture 3 and 4 (3.5), status 3 and 3:
    // (2.5 + 3.5 + 3) / 3 = 3.0 exactly, from fractions.
    var mixed =
        MaturityScores.of(
            AREAS, List.of(Map.of(1L, 2, 2L, 3, 3L, 3, 4L, 3), Map.of(1L, 3, 2L, 2, 3L, 4, 4L, 3)));
    assertThat(mixed.overall()).isEqualTo(3.0);
    assertThat(mixed.level()).isEqualTo(MaturityLevel.DEFINED);

    // (2.5 + 3 + 3) / 3 = 2.83: still level 2.
    var almost = MaturityScores.of(AREAS, List.of(Map.of(1L, 2, 2L, 3, 3L, 3, 4L, 3)));
    assertThat(almost.overall()).isEqualTo(2.83);
    assertThat(almost.level()).isEqualTo(MaturityLevel.MANAGED);
  }

  @Test
  void respondents_one_level_apart_agree_and_no_response_gives_no_results() {
    var close =
        MaturityScores.of(
            AREAS, List.of(Map.of(1L, 2, 2L, 2, 3L, 1, 4L, 1), Map.of(1L, 3, 2L, 4, 3L, 2, 4L, 2)));
    // Governance 2 and 3.5: 1.5 apart, mean 2.75, sd 0.75.
    assertThat(close.areas().get(0).mean()).isEqualTo(2.75);
    assertThat(close.areas().get(0).standardDeviation()).isEqualTo(0.75);
    assertThat(close.areas()).noneMatch(MaturityScores.AreaScore::disagreement);

    var none = MaturityScores.of(AREAS, List.of());
    assertThat(none.empty()).isTrue();
    assertThat(none.areas()).isEmpty();
  }

  @Test
  void the_radar_is_an_image_named_and_described_with_its_figures() {
    String svg =
        RadarChart.svg(
            "Maturity <per> area",
            List.of("Governance", "Practices", "Culture"),
            List.of(
                new RadarChart.Series("Now", List.of(2.5, 3.0, 1.0), false),
                new RadarChart.Series("Before", java.util.Arrays.asList(2.0, null, 1.0), true)));
    assertThat(svg).startsWith("<svg").contains("role=\"img\"");
    assertThat(svg).contains("<title id=\"radar-title\">Maturity &lt;per&gt; area</title>");
    assertThat(svg).contains("Now: Governance 2.50, Practices 3.00, Culture 1.00.");
    assertThat(svg).contains("Before: Governance 2.00, Practices no answer, Culture 1.00.");
    // Five rings and two series.
    assertThat(svg.split("class=\"radar__ring\"", -1)).hasSize(6);
    assertThat(svg).contains("radar__series--0").contains("radar__series--1");
    // Governance, the first axis, points up from the centre (240, 180): 2.5 of 5 is 60 up.
    assertThat(svg).contains("240.0,120.0");
  }
}
