package org.cairnpmo.control;

import java.time.Instant;
import org.cairnpmo.platform.Versioned;

/**
 * The view of any kind of RAID entry, as answered when an entry is escalated or taken back. Each
 * kind's view ends with the same {@link RaidEntryState}; the accessors below read it as though its
 * fields were the view's own.
 */
public sealed interface RaidEntryView extends Versioned.Entry
    permits RiskView, IssueView, AssumptionView, DecisionView, DependencyView {

  long projectId();

  /** The display name of the entry's owner (null: nobody owns it). */
  String ownerName();

  RaidEntryState state();

  default Escalation escalation() {
    return state().escalation();
  }

  @Override
  default long version() {
    return state().version();
  }

  default Instant createdAt() {
    return state().createdAt();
  }

  default String createdBy() {
    return state().createdBy();
  }

  default Instant updatedAt() {
    return state().updatedAt();
  }

  default String updatedBy() {
    return state().updatedBy();
  }

  default boolean editable() {
    return state().editable();
  }
}
