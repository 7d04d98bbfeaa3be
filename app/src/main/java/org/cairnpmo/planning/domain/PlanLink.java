package org.cairnpmo.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.platform.GeneratedId;

/** A dependency between two tasks of a plan, with its type and lag; one per pair of tasks. */
@Entity
@Table(name = "pln_link")
@Getter
public class PlanLink extends GeneratedId {

  private long planId;
  private long predecessorId;
  private long successorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_type")
  private DependencyType type;

  private long lagValue;

  @Enumerated(EnumType.STRING)
  private LagKind lagKind;

  protected PlanLink() {}

  static PlanLink of(
      long planId,
      long predecessorId,
      long successorId,
      DependencyType type,
      long lagValue,
      LagKind lagKind) {
    PlanLink link = new PlanLink();
    link.planId = planId;
    link.write(predecessorId, successorId, type, lagValue, lagKind);
    return link;
  }

  void write(
      long newPredecessorId,
      long newSuccessorId,
      DependencyType newType,
      long newLagValue,
      LagKind newLagKind) {
    predecessorId = newPredecessorId;
    successorId = newSuccessorId;
    type = newType == null ? DependencyType.FS : newType;
    lagValue = newLagValue;
    lagKind = newLagKind == null ? LagKind.WORKING : newLagKind;
  }

  public LinkView view(long planVersion) {
    return new LinkView(getId(), predecessorId, successorId, type, lagValue, lagKind, planVersion);
  }
}
