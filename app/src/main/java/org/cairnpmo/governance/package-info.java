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
 * of the register; who sees and changes it follows the project's access rules) and on {@code
 * identity}. The register must not depend on governance, or the two modules would form a cycle: so
 * the reaction to a KILL decision (the project is cancelled) is a governance listener of its own
 * {@link org.cairnpmo.governance.ProjectKilledAtGate} event that calls the register's system path
 * {@code ProjectsApi.cancelBySystem}, asynchronously and durably through the event publication
 * registry. Other modules may listen to {@link org.cairnpmo.governance.GateDecided} and {@link
 * org.cairnpmo.governance.ProjectKilledAtGate}.
 *
 * <p><b>Lifecycles.</b> A lifecycle is an ordered list of phases; <em>every</em> phase ends with a
 * gate, the last one included: its gate is the closure review, and GO there completes the lifecycle
 * (the project itself is then closed in the register by its manager). A lifecycle that a project
 * uses is frozen: to change it, the PMO creates a new revision (a copy), which then takes its place
 * for the tiers that pointed to it, while projects already on the old revision keep it.
 */
@ApplicationModule(
    displayName = "Governance",
    allowedDependencies = {"identity", "projects", "portfolio", "platform"})
package org.cairnpmo.governance;

import org.springframework.modulith.ApplicationModule;
