package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkData;

/**
 * A dependency as the plan page's form writes it: the lag in working days, elapsed days or percent
 * of the predecessor's duration (negative for a lead).
 */
public class LinkForm {

  private Long predecessorId;
  private Long successorId;
  private DependencyType type = DependencyType.FS;
  private BigDecimal lag = BigDecimal.ZERO;
  private LagKind lagKind = LagKind.WORKING;
  private Long version;

  LinkData toData() {
    LagKind kind = lagKind == null ? LagKind.WORKING : lagKind;
    BigDecimal amount = lag == null ? BigDecimal.ZERO : lag;
    long value =
        switch (kind) {
          case PERCENT -> amount.setScale(0, RoundingMode.HALF_UP).longValue();
          case ELAPSED ->
              amount
                  .multiply(BigDecimal.valueOf(DurationUnit.ELAPSED_DAYS.minutes()))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValue();
          case WORKING ->
              amount
                  .multiply(BigDecimal.valueOf(DurationUnit.DAYS.minutes()))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValue();
        };
    return new LinkData(predecessorId, successorId, type, value, kind);
  }

  public Long getPredecessorId() {
    return predecessorId;
  }

  public void setPredecessorId(Long predecessorId) {
    this.predecessorId = predecessorId;
  }

  public Long getSuccessorId() {
    return successorId;
  }

  public void setSuccessorId(Long successorId) {
    this.successorId = successorId;
  }

  public DependencyType getType() {
    return type;
  }

  public void setType(DependencyType type) {
    this.type = type;
  }

  public BigDecimal getLag() {
    return lag;
  }

  public void setLag(BigDecimal lag) {
    this.lag = lag;
  }

  public LagKind getLagKind() {
    return lagKind;
  }

  public void setLagKind(LagKind lagKind) {
    this.lagKind = lagKind;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
