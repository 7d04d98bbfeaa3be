package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkData;

/**
 * A dependency as the plan page's form writes it: the lag in working days, elapsed days or percent
 * of the predecessor's duration (negative for a lead).
 */
@Getter
public class LinkForm {

  @Setter private Long predecessorId;
  @Setter private Long successorId;
  @Setter private DependencyType type = DependencyType.FS;
  @Setter private BigDecimal lag = BigDecimal.ZERO;
  @Setter private LagKind lagKind = LagKind.WORKING;
  @Setter private Long version;

  LinkData toData() {
    LagKind kind = lagKind == null ? LagKind.WORKING : lagKind;
    BigDecimal amount = lag == null ? BigDecimal.ZERO : lag;
    long value =
        switch (kind) {
          case PERCENT -> amount.setScale(0, RoundingMode.HALF_UP).longValue();
          case ELAPSED -> DurationUnit.ELAPSED_DAYS.minutes(amount);
          case WORKING -> DurationUnit.DAYS.minutes(amount);
        };
    return new LinkData(predecessorId, successorId, type, value, kind);
  }
}
