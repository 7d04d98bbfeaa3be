/**
 * Governance: what qualifies as a project, project tiers, lifecycles of phases and stage gates, and
 * the gate reviews in which the governance board decides whether a project goes on.
 *
 * <p><b>Why a module of its own.</b> The architecture page puts stage gates inside {@code
 * portfolio}. They are a separate capability: portfolio decides <em>which</em> proposals become
 * projects (strategy, intake, scoring, selection); governance decides whether a running project may
 * <em>go on</em>, phase by phase, with its own rules (a project never passes a gate without a
 * recorded decision; a decision is never changed once recorded) and its own people (the governance
 * board: gate reviewers, the PMO and executives). Keeping it apart lets each evolve without the
 * other and keeps {@code portfolio} about selection.
 *
 * <p><b>Dependencies.</b> Governance depends on {@code projects} (a lifecycle belongs to a project
 * of the register; who sees and changes it follows the project's access rules), on {@code
 * identity}, and on {@code portfolio} for the approved proposal that {@code
 * org.cairnpmo.projects.ProjectFromProposal} carries. The register must not depend on governance,
 * or the two modules would form a cycle: so the reaction to a KILL decision (the project is
 * cancelled) is a governance listener of its own {@link
 * org.cairnpmo.governance.ProjectKilledAtGate} event that calls the register's system path {@code
 * ProjectsApi.cancelBySystem}, asynchronously and durably through the event publication registry.
 * Other modules may listen to {@link org.cairnpmo.governance.GateDecided} and {@link
 * org.cairnpmo.governance.ProjectKilledAtGate}. These events, and {@link
 * org.cairnpmo.governance.ProjectPlacedOnLifecycle}, are registered by the aggregate whose state
 * change they are (a project's lifecycle) and go out when it is saved.
 *
 * <p><b>Lifecycles.</b> A lifecycle is an ordered list of phases; <em>every</em> phase ends with a
 * gate, the last one included: its gate is the closure review, and GO there completes the lifecycle
 * (the project itself is then closed in the register by its manager). A lifecycle that a project
 * uses is frozen: to change it, the PMO creates a new revision (a copy), which then takes its place
 * for the tiers that pointed to it, while projects already on the old revision keep it.
 *
 * <p><b>Projects already under way.</b> A project may be placed at the phase it is really in. The
 * gates before it are <em>passed on record</em>: a note ("Passed before Cairn"), who recorded it
 * and when, and nothing else: no review, no decision date, no board, because none decided it here.
 * The stepper, the decision history and the board show them as such.
 *
 * <p><b>Board votes.</b> The manager requesting a review may name its approvers (anyone but
 * themselves) and a {@link org.cairnpmo.governance.domain.VoteRule}; one approver is the same as a
 * single reviewer deciding. Only the named approvers vote, once each, GO, HOLD, RECYCLE or KILL
 * with a comment (conditions go with a decision the PMO records). ALL: once every approver has
 * voted, GO if every vote is GO, otherwise the gravest vote (KILL, then RECYCLE, then HOLD).
 * MAJORITY: as soon as one decision has the votes of more than half of the approvers; a tie
 * (everyone voted, nothing above half) stays open. The decision is recorded "Board vote (...)" by
 * the approver whose vote settled it, with the count as its rationale. On such a review, reviewers
 * and executives do not decide; the PMO alone may record the board's decision on its behalf ("PMO,
 * on behalf of the board"), for a board that met or to settle a tie.
 *
 * <p><b>From an approved proposal.</b> A project the register made from an approved proposal is
 * placed at once on the lifecycle of its tier, classified by the proposal's budget, planned
 * duration (planned start to finish) and its business case's gravest risk (probability &times;
 * impact: 15 or more HIGH, 6 to 14 MEDIUM, else LOW; see {@link
 * org.cairnpmo.governance.domain.RiskLevel#ofGravest}). The approval is the investment decision:
 * where the lifecycle says its first gate is that decision, the gate is passed on record "at the
 * approval of PRO-…" by the system, and the project starts in the second phase. A project in no
 * tier with a lifecycle is left for the PMO to place; a second delivery of the event changes
 * nothing.
 */
@ApplicationModule(
    displayName = "Governance",
    allowedDependencies = {"identity", "projects", "portfolio", "platform"})
package org.cairnpmo.governance;

import org.springframework.modulith.ApplicationModule;
