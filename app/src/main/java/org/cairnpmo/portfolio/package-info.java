/**
 * Strategic planning and governance: strategic objectives, weighted selection criteria (direct or
 * by pairwise comparison), intake of proposals with their business case, scoring by evaluators and
 * the ranking that follows, and the approval that turns a proposal into a project.
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
