package org.cairnpmo.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IrrSolverTest {

  /**
   * Investment first, returns after (one sign change, possibly with zero periods and a long tail):
   * the single bisection over the whole range answers what scanning every bracket does.
   */
  @Test
  void oneSignChangeFindsTheRootTheScanFinds() {
    Random random = new Random(20261207);
    for (int series = 0; series < 2_000; series++) {
      List<BigDecimal> flows = new ArrayList<>();
      int leadingZeros = random.nextInt(3);
      for (int i = 0; i < leadingZeros; i++) {
        flows.add(BigDecimal.ZERO);
      }
      int costs = 1 + random.nextInt(3);
      for (int i = 0; i < costs; i++) {
        flows.add(BigDecimal.valueOf(-1 - random.nextInt(1_000_000)));
      }
      int returns = 1 + random.nextInt(30);
      for (int i = 0; i < returns; i++) {
        flows.add(BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(600_000)));
      }
      if (flows.get(flows.size() - 1).signum() == 0) {
        flows.add(BigDecimal.ONE);
      }

      IrrResult result = IrrSolver.solve(flows);
      List<BigDecimal> scanned = IrrSolver.scannedRoots(flows);

      assertThat(scanned).as("roots of %s by the scan", flows).hasSize(1);
      assertThat(result).as("IRR of %s", flows).isEqualTo(new IrrResult.Unique(scanned.get(0)));
    }
  }

  @Test
  void severalSignChangesStillScanForEveryRoot() {
    // (1 + r) roots at 10 % and 20 %: -1, +2.3, -1.32 has x-roots 1/1.1 and 1/1.2.
    IrrResult result =
        IrrSolver.solve(
            List.of(new BigDecimal("-1"), new BigDecimal("2.3"), new BigDecimal("-1.32")));

    assertThat(result).isInstanceOf(IrrResult.Multiple.class);
    assertThat(((IrrResult.Multiple) result).rates())
        .extracting(BigDecimal::doubleValue)
        .containsExactly(0.1, 0.2);
  }
}
