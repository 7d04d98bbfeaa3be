/**
 * Practices: the organization's way of running projects, and what projects learn. This part holds
 * the methodology library, project templates, lessons learned, the standard KPIs, process
 * compliance and the maturity assessment; the decisions are written out in {@code
 * docs/practices.md}.
 *
 * <p><b>Methods build on governance.</b> A method is based on one of governance's lifecycles (a
 * given revision) and says, for each of its phases, the deliverables expected (name, description,
 * owner role, required or optional), a checklist and a guidance page in Markdown. Lifecycles,
 * phases and tiers stay governance's: this module refers to them by id and reads them through
 * {@code GovernanceApi}, never its tables. A tier follows at most one method at a time.
 *
 * <p><b>Versions.</b> A method is a draft until the PMO publishes it; a published version is
 * frozen. A change is a new version: a draft copy of the published one, which retires it when it is
 * published in turn. Versions of one method share a lineage (the id of the first); one draft at a
 * time per version.
 *
 * <p><b>Guidance is sanitized.</b> Markdown is rendered with commonmark (raw HTML escaped) and the
 * result sanitized with the OWASP policy in {@link org.cairnpmo.practices.domain.Guidance}, each
 * time it is shown, so a page can never carry script whatever was stored.
 *
 * <p><b>Lessons follow their project.</b> A lesson is seen by whoever may see its project, and by
 * nobody else: the register decides (hidden projects are left out of every list, count and
 * suggestion; one lesson answers 404 exactly as a missing one). The people on a project and the PMO
 * record its lessons; the PMO alone curates them (reviewed, adopted, merged into a survivor that
 * the duplicate then points to). A lesson's phase is one of its project's lifecycle where it has
 * one.
 *
 * <p><b>Relevance and search</b> come from a Hibernate Search (embedded Lucene) index of lessons
 * ({@code domain.LessonSearch}): BM25 with typo tolerance, boosted by category, tags, phase and
 * department, behind {@link org.cairnpmo.practices.PracticesApi#lessonsFor}; full-text search with
 * highlighted snippets and facets. The projects a viewer may not see are excluded inside the query.
 * Other modules' pages show the suggestions through an htmx fragment ({@code
 * /practices/lessons/hints}) rather than a Java call, so none of them depends on practices.
 *
 * <p><b>KPIs</b> ({@code kpis}): the PMO's definitions over the measures Cairn computes, read
 * through budgets', control's and governance's APIs in bulk (SPI and CPI from budgets' own
 * earned-value series, never a second formula). Each project's figure is kept monthly as a
 * numerator and denominator; departments and the portfolio are aggregated at read time over the
 * projects the reader may see, so a hidden project is in no figure. A month's snapshot is taken
 * again idempotently (a monthly job, and the PMO's "take snapshot now").
 *
 * <p><b>Compliance</b> ({@code compliance}): each project against its tier's published method, its
 * gates, its reports and its lessons, computed at each read; five rules of 100 points with their
 * reasons, and what the project must do before its next gate. A required deliverable is present and
 * approved when the archive holds a document for it whose latest version is approved (read through
 * {@code ArchiveApi}, for the projects the reader sees); the project's own mark here and
 * governance's gate listing it as provided remain fallbacks, and the reasons say which counted.
 *
 * <p><b>Deliverables and the archive.</b> This module implements the archive's {@code
 * DeliverableCatalog} (the deliverables of a project's method, with ids derived from phase and
 * name), so a document names one of them. A method's deliverable may name a document template of
 * the archive's library, checked through {@code ArchiveApi}; the compliance page offers to start
 * the deliverable from it through the archive's own from-template call. The archive does not depend
 * on this module.
 *
 * <p><b>Project templates</b> ({@code practices.templates}) hold what a new project starts with:
 * lifecycle, tier, method, category, work breakdown, RACI, risks, milestones, cadence, budget,
 * checklist and documents (those naming a library template of the archive are started from it in
 * the new project's archive, in the same transaction). Versioned as methods. A project is made from
 * a published version in one transaction through the other modules' APIs (projects, governance,
 * planning, control, budgets, resources, archive), with the caller's rights. A newer version is
 * pushed to the projects that follow an earlier one as changes their manager or the PMO accepts or
 * declines one by one; work already done is never overwritten, and a change is offered once. An
 * approval in the portfolio names a template through the portfolio's {@code
 * ProjectTemplateCatalog}, which this module implements; the project made from the proposal then
 * starts from it.
 *
 * <p><b>Maturity assessment</b> ({@code org.cairnpmo.practices.maturity}): questionnaires over six
 * areas on five levels, frozen once used; assessments the PMO opens for invited respondents, who
 * each answer only for themselves (draft, then a final submission) and see nothing of others before
 * the PMO closes it; results (mean and spread per area, overall level, radar, history) computed
 * from the submitted responses at each read; improvement actions that follow a closed assessment.
 *
 * <p><b>Promotion.</b> The PMO promotes a lesson into a change of a method (made in its draft, a
 * new draft version when it is published) or links it to a project template's version; the link is
 * kept both ways and the lesson is adopted.
 *
 * <p><b>Demo.</b> Two methods (one published, one draft), 158 lessons on the demo's closed,
 * cancelled and active projects (a few promoted into the published method's next version), four
 * project templates with projects made from them, a maturity questionnaire and two closed
 * assessments, from {@code demo/practices-*.yml}, loaded after the demo's resource pool; one
 * standard KPI per measure and a year of snapshots computed from the demo's data as of each month.
 */
@ApplicationModule(
    displayName = "Practices",
    allowedDependencies = {
      "identity",
      "organization",
      "projects",
      "governance",
      "control",
      "planning",
      "resources",
      "budgets",
      "portfolio",
      "archive",
      "platform"
    })
package org.cairnpmo.practices;

import org.springframework.modulith.ApplicationModule;
