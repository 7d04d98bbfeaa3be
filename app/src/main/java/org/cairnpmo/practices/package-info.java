/**
 * Practices: the organization's way of running projects, and what projects learn. This part holds
 * the methodology library, lessons learned and the maturity assessment; the decisions are written
 * out in {@code docs/practices.md}.
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
 * <p><b>Relevance</b> is a plain word overlap boosted by category and phase ({@link
 * org.cairnpmo.practices.domain.LessonRelevance}) behind {@link
 * org.cairnpmo.practices.PracticesApi#lessonsFor}, so a search index can replace it without
 * changing callers.
 *
 * <p><b>Maturity assessment</b> ({@code org.cairnpmo.practices.maturity}): questionnaires over six
 * areas on five levels, frozen once used; assessments the PMO opens for invited respondents, who
 * each answer only for themselves (draft, then a final submission) and see nothing of others before
 * the PMO closes it; results (mean and spread per area, overall level, radar, history) computed
 * from the submitted responses at each read; improvement actions that follow a closed assessment.
 *
 * <p><b>Demo.</b> Two methods (one published, one draft), lessons on the demo's closed and active
 * projects, a maturity questionnaire and two closed assessments from {@code demo/practices-*.yml},
 * loaded after the demo's budgets.
 */
@ApplicationModule(
    displayName = "Practices",
    allowedDependencies = {"identity", "organization", "projects", "governance", "platform"})
package org.cairnpmo.practices;

import org.springframework.modulith.ApplicationModule;
