package org.cairnpmo.control.domain;

import org.springframework.stereotype.Component;

/** Where each kind of RAID entry is stored, for the classes that read across kinds. */
@Component
record RaidStore(
    RiskRepository risks,
    IssueRepository issues,
    AssumptionRepository assumptions,
    DecisionRepository decisions,
    DependencyRepository dependencies) {}
