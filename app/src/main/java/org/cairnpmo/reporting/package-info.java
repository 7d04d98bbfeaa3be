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
 * and to those who see every project.
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
