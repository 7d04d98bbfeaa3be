package org.cairnpmo.control.domain;

/** A project's RAID log at a glance: what is open, overdue or escalated. */
public record RaidSummary(
    long openRisks,
    long highRisks,
    long openIssues,
    long overdueIssues,
    long assumptions,
    long unvalidatedAssumptions,
    long decisions,
    long openDependencies,
    long escalated) {}
