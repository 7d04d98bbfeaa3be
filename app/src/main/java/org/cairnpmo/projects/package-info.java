/**
 * The project register: every project's identity, classification, lifecycle status, membership, and
 * the history of every change.
 *
 * <p>An approved proposal becomes a project that carries it over: the manager the proposal named
 * (the project is then Active; without one it stays Proposed and its page asks for a manager), the
 * problem statement as description, a code in the department's scheme ({@code FIN-2027-03}: the
 * department's code, the start year and the next free number, as the demo numbers its projects; the
 * proposal's own code when it has no department), and the proposal as the project's origin, linked
 * from the project page for those who may open the proposal and named in plain text for the others.
 * The other parts of the business case go to the modules that own them through {@link
 * org.cairnpmo.projects.ProjectFromProposal}.
 *
 * <p><b>A closed project is frozen.</b> The register owns the rule ({@link
 * org.cairnpmo.projects.ProjectView#requireChangeable()}, {@link
 * org.cairnpmo.projects.ProjectsApi#requireChangeable(long)}): every module's write paths ask it
 * and refuse with 409 {@code project-frozen}, naming the project and the day it closed; pages show
 * the same sentence ({@code web.FrozenProjectPages} for what a module's pages do not handle). The
 * archive owns the closure that leads there; the register only closes ({@code closeBySystem}) and
 * reopens ({@code reopenBySystem}) on its behalf. What the closure checks is answered by each
 * module through {@link org.cairnpmo.projects.ClosureCheck}, and what the final report of a closed
 * project says through {@link org.cairnpmo.projects.ClosingReport}, here because every module
 * depends on the register already.
 */
@ApplicationModule(
    displayName = "Project register",
    allowedDependencies = {"identity", "organization", "platform", "portfolio"})
package org.cairnpmo.projects;

import org.springframework.modulith.ApplicationModule;
