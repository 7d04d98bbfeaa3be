/**
 * Resources: the pool of people (skills with a proficiency, cost rates with their history, their
 * working week, availability and absences), equipment and facilities, the catalog of generic roles,
 * each project's RACI matrix, and the projects' requests for people with their workflow. The
 * decisions are written out in {@code docs/resources.md}.
 *
 * <p><b>Access.</b> Everyone signed in sees people's names, roles and skills; cost rates (a
 * person's rates, a role's default rate, equipment's rate) only resource managers, the PMO and
 * administrators, who alone change the pool. A project's RACI follows the project register: whoever
 * may see the project reads it, its manager, the PMO and administrators change it, and a project
 * the caller may not see answers "not found". A project's manager requests people and accepts or
 * declines the person proposed; resource managers propose, approve and reject; the requests follow
 * the project's visibility too.
 *
 * <p><b>Notices</b> ({@code domain.Notices}): every step of a request and of a timesheet week is
 * told to the people it concerns, in the application (each person sees only their own) and by mail
 * after the step commits where mail is configured.
 *
 * <p><b>Timesheets</b> ({@code timesheets}): a person of the pool keeps their own weeks; a
 * project's manager sees and decides the lines on their projects; resource managers, the PMO and
 * administrators all weeks. Hours on a request outside its period, or on a day of the person's
 * absence, are refused. An approved week is locked and its labour cost announced as {@link
 * TimesheetApproved}, which budgets books as actual cost.
 *
 * <p><b>Staffing</b> ({@code staffing}): resource managers, the PMO and administrators see the
 * people suggested for a request waiting for a person and propose one with a click, or have the
 * optimizer propose people for many open requests at once and apply the assignments they keep, all
 * or none, as proposals of the workflow, never beyond anyone's free hours.
 *
 * <p><b>Capacity</b> ({@code capacity}): capacity against booked and requested hours, plan tasks'
 * requirements where no request covers them, and, as a what-if, the demand of the proposals a
 * portfolio selection scenario selects (read through {@code portfolio.PortfolioScenarios}, for
 * those who read scenarios). Roles of proposals and plans match the catalog by name or other name.
 * The module depends on the portfolio for this and answers its {@code portfolio.RoleCapacity}, so a
 * scenario can take its capacity limits from the pool; the portfolio does not know resources.
 *
 * <p><b>Leveling across projects</b> ({@code leveling}): resource managers, the PMO and
 * administrators level the people that several projects' plans share, with the engine's portfolio
 * leveler, see each project's effect before it is saved, and apply it to every plan or none; only
 * the projects the caller may see take part.
 *
 * <p>The capacity arithmetic and the staffing optimizer are pure Java in the engine ({@code
 * org.cairnpmo.engine.staffing}); this module holds the data they work on.
 *
 * <p><b>Archive bundle.</b> {@code domain.ResourceRecords} writes a closed project's resource
 * requests (with their decisions) and RACI matrix into its bundle (section {@code resources}) and
 * restores them on import, finding roles by name and pool people by username or name; {@code
 * timesheets.domain.TimesheetRecords} writes the hours booked on the project (section {@code
 * timesheets}) and keeps those of an imported project as read-only imported hours. See {@code
 * docs/archive-bundle.md}.
 */
@ApplicationModule(
    displayName = "Resources",
    allowedDependencies = {
      "identity",
      "organization",
      "projects",
      "planning",
      "portfolio",
      "learning",
      "platform"
    })
package org.cairnpmo.resources;

import org.springframework.modulith.ApplicationModule;
