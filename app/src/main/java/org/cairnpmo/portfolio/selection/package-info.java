/**
 * Portfolio selection: scenarios over candidate proposals, optimizer runs with the exact selector
 * of {@code engine/selection}, the efficient frontier, comparison and the commit that approves the
 * selected proposals.
 *
 * <p>Proposal dependencies take part in every run ({@link
 * org.cairnpmo.portfolio.selection.DependencyRules}). Only dependencies on proposals constrain:
 * both {@code DependencyKind}s mean "needs", but a project in the register exists already, so a
 * need for it is met. A candidate that needs another candidate is selected only with it (added to
 * the scenario's own prerequisites, each pair once); a need for an approved proposal outside the
 * candidates is met (it is a project already); a need for any other proposal cannot be met by the
 * scenario, so the dependent is excluded with the reason shown on the scenario page and in the API
 * ({@code dependencies.excluded}). Excluding, rather than refusing the scenario, keeps the rest
 * optimizable; if the PMO made such a proposal must-include, the run reports the conflict. The
 * rules are derived afresh at each run and each view, from the proposals as they are then.
 *
 * <p>A run keeps a fingerprint (SHA-256) of what it solved: candidates, objective, limits and
 * rules. Once any of them changes, its result is marked outdated on the page, in the API ({@code
 * outdated}) and in the recommendation PDF, and committing it is refused (409) until the scenario
 * is run again; a new name, description, time limit or number of frontier levels keeps runs valid.
 * A scenario without chosen candidates takes every proposal under evaluation at run time, so a
 * proposal triaged later does not outdate its runs. At commit every selected proposal must still be
 * under evaluation or approved, otherwise nothing is approved. Proposal dependencies cannot change
 * under a run: only drafts can be edited.
 */
package org.cairnpmo.portfolio.selection;
