package org.cairnpmo.control;

/** The view of any kind of RAID entry, as answered when an entry is escalated or taken back. */
public sealed interface RaidEntryView
    permits RiskView, IssueView, AssumptionView, DecisionView, DependencyView {

  long id();

  long projectId();

  long version();
}
