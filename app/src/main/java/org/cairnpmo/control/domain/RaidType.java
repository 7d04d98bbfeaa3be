package org.cairnpmo.control.domain;

import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskView;

/**
 * A kind of RAID entry that also names the type of its data (what is logged or changed) and of its
 * view, so that {@link RaidLog}'s use cases are written once and still answer typed views. Only the
 * five constants exist: a private constructor keeps each kind paired with its own types.
 */
public final class RaidType<D extends Record, V extends Record> {

  public static final RaidType<RiskData, RiskView> RISK = new RaidType<>(RaidKind.RISK);
  public static final RaidType<IssueData, IssueView> ISSUE = new RaidType<>(RaidKind.ISSUE);
  public static final RaidType<AssumptionData, AssumptionView> ASSUMPTION =
      new RaidType<>(RaidKind.ASSUMPTION);
  public static final RaidType<DecisionData, DecisionView> DECISION =
      new RaidType<>(RaidKind.DECISION);
  public static final RaidType<DependencyData, DependencyView> DEPENDENCY =
      new RaidType<>(RaidKind.DEPENDENCY);

  private final RaidKind kind;

  private RaidType(RaidKind kind) {
    this.kind = kind;
  }

  public RaidKind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
