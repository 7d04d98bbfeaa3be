package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cairnpmo.control.domain.HeatMap;
import org.junit.jupiter.api.Test;

class RiskLevelTest {

  @Test
  void the_score_is_probability_times_impact() {
    assertThat(RiskLevel.score(1, 1)).isEqualTo(1);
    assertThat(RiskLevel.score(4, 5)).isEqualTo(20);
    assertThat(RiskLevel.score(5, 5)).isEqualTo(25);
  }

  @Test
  void up_to_4_is_low_up_to_12_medium_above_high() {
    assertThat(RiskLevel.of(1)).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.of(4)).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.of(5)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.of(12)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.of(15)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.of(25)).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void scales_run_from_1_to_5() {
    assertThatThrownBy(() -> RiskLevel.score(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskLevel.score(3, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskLevel.of(26)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_heat_map_counts_each_square_with_its_level() {
    int[][] counts = new int[5][5];
    counts[4][3] = 2; // probability 5, impact 4
    counts[0][0] = 1; // probability 1, impact 1
    HeatMap map = HeatMap.of(counts, 1);

    assertThat(map.total()).isEqualTo(3);
    assertThat(map.rows().get(0).probability()).isEqualTo(5);
    HeatMap.Cell hot = map.rows().get(0).cells().get(3);
    assertThat(hot.impact()).isEqualTo(4);
    assertThat(hot.score()).isEqualTo(20);
    assertThat(hot.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(hot.count()).isEqualTo(2);
    assertThat(map.count(RiskLevel.HIGH)).isEqualTo(2);
    assertThat(map.count(RiskLevel.LOW)).isEqualTo(1);
  }
}
