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
 *
 * <p>Committed spend: each budget limit is reduced by what the active and on-hold projects have
 * budgeted in its period ({@link org.cairnpmo.portfolio.CommittedSpend}, implemented by the budgets
 * module; without it nothing is committed). A period label names its dates (2027, 2027-H1, 2027-Q3,
 * 2027-05); other labels are not counted. Amounts are read in the currency of most candidates. The
 * optimizer spends {@code available = limit − committed} (never below zero); the page and the API
 * ({@code budget}) show limit, committed and available, and each run keeps the figures it solved
 * with. A scenario may ignore committed spend ({@code ignoreCommittedSpend}, stored in its
 * definition). The committed amounts are part of a run's fingerprint, so a run becomes outdated
 * when the projects' budgets in its periods change.
 *
 * <p>Capacity limits from the pool: for each role and period the candidates' demand names, the
 * hours of the resource pool's people with that role less what is booked, asked of {@link
 * org.cairnpmo.portfolio.RoleCapacity} ({@link org.cairnpmo.portfolio.selection.PoolLimits}), in
 * the unit of that demand (FTE over one full-time person's hours in the period; both units: FTE),
 * rounded down. The scenario form puts them in its capacity field without saving; the API answers
 * them with the scenario's limits merged ({@code GET .../capacity-from-pool}). Roles the pool's
 * catalog does not know get no limit and are named.
 *
 * <p>Left-out candidates: a finished run explains each candidate it does not select ({@code
 * leftOut}): which rule binds (must exclude, an exclusive group, an unmet prerequisite) or how much
 * of each limit it needs against what the selection leaves; what it would take (how much higher a
 * limit would let it fit beside the selection, adding its value); and, for candidates no rule
 * excludes, the optimizer's own answer with the candidate made must-include (which selected
 * proposals drop out, the value lost, or why it cannot be selected at all). These re-solves take at
 * most a second each and half the run's time limit (10 s at most) together, most valuable
 * candidates first; a candidate not reached says so rather than guessing.
 *
 * <p>Several nodes: a run is solved on the node whose request started it, which beats on it every
 * second and copies its live figures to its record, so any node shows them; a cancel asked on any
 * node is recorded on the run and read by the solving node every half second ({@link
 * org.cairnpmo.portfolio.selection.SelectionRunner}). A run no node has beaten on for 15 s lost its
 * node and is ended by any node (docs/cluster.md).
 *
 * <p>Committing a run whose selection holds proposals without a score is refused ({@code
 * missing-scores}, 409) unless a reason is given; the proposals and the reason are recorded with
 * the decision. The comparison page tells a proposal a scenario could not choose ("not a
 * candidate") from one it did not select, and shows values side by side only when every compared
 * scenario maximizes the same objective (the mix with the same weight); otherwise each value is
 * shown with its objective and a note.
 */
package org.cairnpmo.portfolio.selection;
