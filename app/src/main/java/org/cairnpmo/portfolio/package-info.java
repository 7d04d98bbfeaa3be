/**
 * Strategic planning and governance: strategic objectives, weighted selection criteria (direct or
 * by pairwise comparison), intake of proposals with their business case, scoring by evaluators and
 * the ranking that follows, and the approval that turns a proposal into a project.
 *
 * <p>The approval is announced as {@link org.cairnpmo.portfolio.ProposalApproved}, and everything
 * the business case knows travels with it, so that no module downstream has to call back: the
 * register takes the title, problem, manager, sponsor, department, dates and budget; budgets the
 * costs by period; the RAID log the risks; and the resources module, when it comes, the resource
 * demand ({@code ProposalApproved.Demand}: role, period with its first and last day, amount and
 * unit, FTE or hours), which it turns into staffing requests. The event is the contract: fields are
 * added, never changed or removed.
 *
 * <p>Other modules read the selection scenarios through {@link
 * org.cairnpmo.portfolio.PortfolioScenarios}: their names and the demand of what each selects, with
 * periods turned into dates ({@link org.cairnpmo.portfolio.ScenarioDemand}), for the PMO,
 * administrators and executives only (the resources module's capacity what-if). The portfolio
 * depends on no module that staffs: it asks for the pool's hours per role through its own {@link
 * org.cairnpmo.portfolio.RoleCapacity}, which the resources module implements, as {@link
 * org.cairnpmo.portfolio.CommittedSpend} is implemented by budgets; without it, capacity limits are
 * typed.
 *
 * <p>A proposal names its proposed project manager; the PMO confirms or replaces the manager when
 * it approves, or says explicitly that one is appointed later ({@code appointLater}), so that a
 * project without a manager is a decision and never an oversight. A committed selection scenario
 * approves many proposals at once; its commit form offers a manager for each one that names none.
 * The people pickers of the portfolio pages search as the person types ({@code
 * web/PeoplePickerController}); they show names and job titles only, to everyone signed in, as the
 * proposal form's sponsor list always did, because anyone may propose.
 *
 * <p>Documents for management: the business case of one proposal as PDF and the ranking as XLSX
 * ({@code web/PortfolioDocuments}), a scenario's recommendation as PDF and its ranked candidates as
 * XLSX ({@code selection/ScenarioExports}). Both render PDFs through the platform's {@code
 * documents/PdfRenderer} (a self-contained Thymeleaf template to XHTML, then OpenHTMLtoPDF with an
 * embedded Unicode font) and style sheets with its {@code documents/SheetStyles}. Decisions:
 *
 * <ul>
 *   <li>Whoever may see a proposal may print its business case; the evaluation section (weighted
 *       score, per-criterion mean, lowest and highest rating, disagreement) is filled only for
 *       those who see everyone's scores (PMO, administrators, executives), and otherwise says so. A
 *       proposal the reader may not see answers 404, as everywhere.
 *   <li>The ranking XLSX is for the PMO, administrators and executives, like the ranking. It has
 *       one row per proposal under evaluation and, per criterion, its mean rating and its spread
 *       (highest minus lowest); criteria of different sets get separate columns (named with the set
 *       when several sets appear) because their scales and weights differ. An "About" sheet
 *       explains every figure, for readers who never opened Cairn.
 *   <li>Downloads have their own {@code .pdf}/{@code .xlsx} paths, page and API alike, as the
 *       scenario exports do; the JSON business case stays where it was.
 * </ul>
 */
@ApplicationModule(
    displayName = "Portfolio",
    allowedDependencies = {"identity", "organization", "platform"})
package org.cairnpmo.portfolio;

import org.springframework.modulith.ApplicationModule;
