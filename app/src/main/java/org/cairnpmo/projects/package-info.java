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
 */
@ApplicationModule(
    displayName = "Project register",
    allowedDependencies = {"identity", "organization", "platform", "portfolio"})
package org.cairnpmo.projects;

import org.springframework.modulith.ApplicationModule;
