/**
 * Practices: the organization's way of running projects, and what projects learn. This part holds
 * the methodology library and lessons learned; the decisions are written out in {@code
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
 * <p><b>Promotion.</b> The PMO promotes a lesson into a change of a method (made in its draft, a
 * new draft version when it is published) or links it to a project template's version; the link is
 * kept both ways and the lesson is adopted.
 *
 * <p><b>Demo.</b> Two methods (one published, one draft) and 158 lessons on the demo's closed,
 * cancelled and active projects from {@code demo/practices-*.yml}, loaded after the demo's budgets,
 * a few promoted into the published method's next version.
 */
@ApplicationModule(
    displayName = "Practices",
    allowedDependencies = {"identity", "organization", "projects", "governance", "platform"})
package org.cairnpmo.practices;

import org.springframework.modulith.ApplicationModule;
