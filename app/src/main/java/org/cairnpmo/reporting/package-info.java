/**
 * Reporting across projects: the portfolio dashboard (every project's status at a glance, with
 * filters, charts and a JSON twin at {@code /api/v1/portfolio/dashboard}), the one-page project
 * overview a sponsor reads in a minute, and the exports management asks for (portfolio and project
 * status reports as PDF and XLSX, lists as CSV, the executive one-page summary).
 *
 * <p><b>Why a read model.</b> The dashboard must answer for ten thousand projects in well under a
 * second, with filters and sorting on figures that live in four other modules (ratings in {@code
 * control}, money and earned value in {@code budgets}, phase in {@code governance}, the register in
 * {@code projects}). Joining their tables at request time would tie this module to their insides
 * and recompute earned value on every page view, so {@code reporting} keeps one row per project
 * (its latest figures) that it refreshes when those modules announce a change, and rebuilds in full
 * on start-up when rows are missing. The pages and the API read only that row set; the project
 * overview and the project-level exports ask the owning modules' public APIs directly.
 *
 * <p><b>Access.</b> The same as the register's: a confidential project appears only to its members
 * and to those who see every project. Which projects those are is asked of the register at every
 * query, never read from the rows' own copy, which may be older (see {@code docs/visibility.md}).
 *
 * <p><b>The dashboard's read model</b> ({@code reporting.dashboard}). Table {@code
 * reporting_project_status} holds one row per project, {@code reporting_project_month} its planned
 * and actual cost per month, so that every total and "budget against actuals by month" is one SQL
 * aggregate for any filter. A row is recomputed after the change that concerns it has committed
 * ({@code ProjectRegistered}, {@code ProjectsRegistered} for a bulk import, whose rows are written
 * in batches, {@code ProjectStatusChanged}, {@code ProjectRevised}, {@code
 * ProjectPlacedOnLifecycle}, {@code GateDecided}, {@code ProjectControlChanged}, {@code
 * ProjectFinancialsChanged}), synchronously and in a transaction of its own; a failure is logged
 * and never fails the person's action. At start, projects without a row (written by SQL, such as
 * the synthetic demo projects) get one, and in demo mode every row is recomputed (the demo data
 * writes reports and costs partly with SQL, without events); the PMO and administrators can rebuild
 * every row from the page or {@code POST /api/v1/portfolio/dashboard/rebuild}. Rows are computed in
 * batches of 200 projects (a batch that fails is written again one project at a time, so one bad
 * row never stops the others) with one bulk call per owning module ({@code ProjectsApi}, {@code
 * ControlApi}, {@code BudgetsApi}, {@code GovernanceApi}, {@code PortfolioApi}, {@code
 * ControlApi.nextMilestones}), never one call per project. Names of departments and managers are
 * copied into the row (filters and sorting need no join) and rewritten when organization announces
 * {@code DepartmentRenamed} or identity {@code PersonRenamed}. {@link
 * org.cairnpmo.reporting.dashboard.DashboardQuery} is the one reader: the page, its API and the
 * portfolio exports use it.
 *
 * <p><b>Figures, as decided where the issue is silent.</b> Ratings and their trends are those of
 * the latest submitted or reviewed status report against the report before it (control's {@code
 * Trend}). The last report date is the day that report was submitted. An active project's status is
 * <em>stale</em> when it has no delivered report or its latest was submitted more than 35 days ago
 * (a monthly cadence with a few days' grace); projects that are not active are never stale. Budget
 * at completion is the time-phased budget's total, or the register's approved budget while there is
 * none; burn is actual cost to date / BAC; SPI and CPI are the budgets module's, null when
 * undefined. <em>Value</em> is the weighted score (0–100) of the approved proposal the project came
 * from (matched by its code), else a figure from the register's priority (critical 85, high 65,
 * medium 45, low 25), and the row says which. <em>Risk exposure</em> is the sum of the scores
 * (probability × impact) of the project's open risks, so many medium risks weigh like one severe
 * risk. The bubble chart draws at most the 200 largest budgets of the filtered set; the roadmap
 * shows the projects of the current page.
 *
 * <p><b>Default view, chosen columns, the executive's brief.</b> The dashboard page and its
 * downloads show the active portfolio (active and on hold) unless another status is chosen; the API
 * keeps "every status" as its default. The chosen columns are kept in the browser, per person.
 * Executives get a brief of the active portfolio first on their home page ({@code reporting.home}).
 * Why, and how each figure is read: {@code docs/dashboard.md}.
 *
 * <p><b>Overview and exports.</b> The project overview ({@code /projects/{id}/overview}) and the
 * project status report ({@code /projects/{id}/status-report.pdf} and {@code .xlsx}; for programs
 * {@code GET /api/v1/projects/{id}/status-report}) are assembled from the owning modules' public
 * APIs at request time, so they are as current as those modules' own pages: the latest submitted or
 * reviewed report with the trend of each rating over the last six delivered reports, the five open
 * risks with the highest scores, the open issues by severity, the milestones and the money. The
 * portfolio status report ({@code /dashboard/export.pdf}, {@code .xlsx}) and the executive one-page
 * summary ({@code /dashboard/summary.pdf}), with their twins {@code GET
 * /api/v1/portfolio/status-report} and {@code /api/v1/portfolio/summary}, read the dashboard's rows
 * and totals with the dashboard's own filter parameters; the summary also asks {@code control} why
 * its five red projects with the largest budgets are red, what is escalated (shown only to those
 * who see the whole portfolio) and {@code governance} what waits at the board. A PDF lists at most
 * 500 projects and a workbook 20,000; both carry the totals of the whole filtered set and say when
 * they list fewer. Where the API serves a document in two formats, {@code format=pdf|xlsx} chooses,
 * else the Accept header, else PDF, and a request that accepts neither gets 406; the same document
 * is also at a {@code .pdf} or {@code .xlsx} address, as the portfolio module's exports are, so a
 * plain link or {@code curl -O} needs no header. Lists are CSV at {@code .csv} addresses next to
 * the page or JSON resource they copy ({@code /projects.csv}, {@code
 * /projects/{id}/raid.csv?kind=}, {@code /projects/{id}/status-reports.csv}, {@code
 * /raid/escalated.csv}, and the same under {@code /api/v1}), with that resource's filters: a
 * separate address is plain to link to from a page and to save from a browser, where content
 * negotiation is not. CSV is UTF-8 with a byte-order mark and CRLF line ends, quoted where needed,
 * and text starting with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe so
 * no spreadsheet runs it as a formula; numbers and dates are written as such. PDFs use the standard
 * PDF fonts, which have no arrows or minus sign, so documents write trends as words. Every download
 * is an attachment marked {@code no-store}.
 */
@ApplicationModule(
    displayName = "Portfolio reporting",
    allowedDependencies = {
      "identity",
      "organization",
      "projects",
      "control",
      "budgets",
      "governance",
      "portfolio",
      "platform"
    })
package org.cairnpmo.reporting;

import org.springframework.modulith.ApplicationModule;
