/**
 * Project control: status reports with RAG ratings on a reporting cadence (suggested by the PMO's
 * rating rules, reviewed by the PMO, reminded by e-mail when overdue) and each project's RAID log
 * (risks, issues, assumptions, decisions, inter-project dependencies) with risk heat maps and
 * escalation to the portfolio.
 *
 * <p><b>Access.</b> Whoever may see a project may read its reports and RAID log; a project that the
 * caller may not see answers "not found" everywhere. Status reports are written by the project's
 * manager (or the PMO and administrators) and reviewed by the PMO or administrators. RAID items are
 * logged by the project's members (manager, sponsor, team members) or the PMO and administrators,
 * and changed by the item's owner, the project's manager, the PMO or administrators.
 *
 * <p><b>Risk scoring.</b> A risk's score is probability × impact, both on 1–5 scales, so 1–25. Its
 * level is LOW for a score up to 4, MEDIUM from 5 to 12 and HIGH from 15 (the products 13 and 14 do
 * not occur). See {@link org.cairnpmo.control.RiskLevel}.
 *
 * <p><b>Milestones.</b> Each project keeps its key milestones: a name (up to 200 characters), the
 * baseline date agreed (required), the forecast date (the baseline when not given) and, once
 * reached, the completion date (never in the future). Slip is the completion date, or the forecast
 * while open, minus the baseline: "+12 days" late, "3 days early", "on time". Milestones are read
 * by whoever sees the project and planned, moved, completed or removed by the same people who write
 * its status reports (its manager, the PMO, administrators), while the project is open. A project's
 * "next milestone" is its open milestone with the earliest forecast (the lowest id breaks a tie);
 * {@link org.cairnpmo.control.ControlApi#nextMilestones} answers it for any number of projects with
 * one query per thousand ids. Every change publishes {@link
 * org.cairnpmo.control.ProjectControlChanged} with {@code "milestone"}.
 *
 * <p><b>A submitted report</b> is also announced on its own, {@link
 * org.cairnpmo.control.StatusReportSubmitted} (its project, period and who submitted it), for
 * listeners that follow that one step, such as outgoing webhooks.
 *
 * <p><b>Overdue reports at scale.</b> The overdue list is not computed by walking every project's
 * periods: the database counts, for each visible active project's cadence, the delivered reports of
 * the periods already due (their end plus the due days is before today), and the application
 * compares that count with the number of due periods, which is arithmetic on the cadence. Only the
 * projects that fall short have their reports and reminders read to name the missing periods. The
 * count is a fair test because a report written under a cadence always covers exactly one of its
 * periods; a cadence that is later moved to start before existing reports could let such old
 * reports stand in for missing ones. The overdue page lists 50 reports per page; the status
 * overview shows the 25 oldest reports awaiting review with the total.
 *
 * <p><b>Synthetic data.</b> With {@code cairn.demo.projects=N} the demo's synthetic projects (codes
 * {@code SYN-...}) get a monthly cadence, a year of submitted and reviewed reports whose ratings
 * follow a random walk, a few risks, issues and a decision, and 3–5 milestones. They are written
 * with JDBC batches straight into this module's tables (the synthetic projects are read through
 * {@code ProjectsApi}, never from the register's tables), deterministic per project and only for
 * projects without a cadence, so restarting adds nothing.
 *
 * <p><b>At scale.</b> The other project of a dependency is chosen by searching the projects the
 * person may see by code or name (in the database, 20 matches at most), never from a list of the
 * whole portfolio. A project's overview leads with {@link org.cairnpmo.control.RatingHeadline}: the
 * latest reported rating, marked stale once older than one reporting period (and the days the next
 * report has after it), with what today's figures suggest through the rating rules where that
 * differs; the register's page loads it from control, so projects needs nothing of control.
 *
 * <p><b>From an approved proposal.</b> When the register makes a project from an approved proposal
 * ({@link org.cairnpmo.projects.ProjectFromProposal}), the risks of its business case become open
 * risks of the project's RAID log, owned by its manager, each with the note "From the business case
 * of PRO-0031"; once per project, however often the event arrives. This is why control depends on
 * {@code portfolio}: the event carries the proposal as {@link
 * org.cairnpmo.portfolio.ProposalApproved}.
 *
 * <p><b>Earned value.</b> Suggested ratings can use SPI and CPI once a {@link
 * org.cairnpmo.control.StatusMetricsProvider} bean supplies earned-value figures (the budgets part
 * of this capability); without one, rules on those metrics simply do not apply.
 */
@ApplicationModule(
    displayName = "Project control",
    allowedDependencies = {"identity", "projects", "platform", "portfolio"})
package org.cairnpmo.control;

import org.springframework.modulith.ApplicationModule;
