/**
 * Archive: the documents of projects and proposals, with their versions, and the PMO's template
 * library. The decisions are written out in {@code docs/archive.md}.
 *
 * <p><b>Documents follow their owner.</b> A document belongs to a project of the register or to a
 * proposal of the portfolio, by id. Whoever sees the owner sees its documents, and nobody else: a
 * document of a project the caller may not see answers 404 like a missing one and is in no list or
 * count. The project's manager, its team members and the PMO upload (for a proposal: its author,
 * sponsor and manager, and the PMO); the reviewer named on a document, or the PMO, approves a
 * version.
 *
 * <p><b>An upload is whole or absent.</b> The file is streamed to a temporary file (never held in
 * memory), counted against {@code cairn.archive.max-upload-size}, hashed, and its type detected
 * from its content by Apache Tika: programs (PE, ELF, Mach-O, scripts with a shebang) and a content
 * that another type than its name says are refused. Only then are the bytes stored, in the same
 * transaction as the version's record ({@code arc_blob}) or in a directory whose file is removed
 * again when the transaction rolls back ({@link org.cairnpmo.archive.domain.BlobStore}).
 *
 * <p><b>No lost version.</b> A new version locks its document's row; the next number is taken under
 * that lock, and a unique (document, number) constraint stands behind it.
 *
 * <p><b>Deliverables</b> are a value on the document (id and name). The list to choose from comes
 * from a {@link org.cairnpmo.archive.DeliverableCatalog} (practices implements it: the deliverables
 * of the project's method); when it knows some, a project's document must name one of them. This
 * module never depends on practices; {@link org.cairnpmo.archive.ArchiveApi} tells it which
 * documents are approved per deliverable and starts documents from library templates.
 *
 * <p><b>Preview.</b> Cairn's pages frame nothing, so a PDF is previewed as an image of its first
 * page (PDFBox), an image as itself.
 *
 * <p><b>Text.</b> A version's text is extracted with Tika (PDF, Word, Excel, PowerPoint, plain
 * text) at upload and kept on the document (bounded), for the search index; {@link
 * org.cairnpmo.archive.ArchiveApi#text} extracts any version's text on demand.
 *
 * <p><b>Search across Cairn</b> ({@code org.cairnpmo.archive.search}). Each module indexes its own
 * entities under the common field names of {@link org.cairnpmo.platform.search.SearchFields};
 * {@code CairnSearch} queries those indexes by entity name and projects only those fields, so it
 * imports no other module's entity. What the viewer may not see (hidden projects from {@code
 * ProjectsApi}, unreadable proposals from {@code PortfolioApi}) is filtered inside the query, so
 * that no hit, total or facet count reveals it.
 *
 * <p><b>Closure</b> ({@code org.cairnpmo.archive.closure}). A project's checklist is asked of every
 * {@link org.cairnpmo.projects.ClosureCheck} (the archive's own documents, and the lessons, budget,
 * resources and RAID log of the modules that own them, which the archive never imports, and
 * practices' required deliverables of the closing phase of the project's method), computed each
 * time; only decisions are stored: the PMO's waivers with reasons, the sign-off of the sponsor or
 * the PMO (which closes the project in the register, freezing it), the PMO's reopening with a
 * reason. See {@code docs/archive.md}.
 *
 * <p><b>Bundles</b> ({@code org.cairnpmo.archive.bundle}). A closed project's records leave Cairn
 * as one ZIP with a manifest of checksums; each module writes and restores its own part through
 * {@link org.cairnpmo.projects.ProjectRecordsSection}, so the archive reads no other module's
 * tables and nothing depends on the archive. An import is checked whole before it writes, then runs
 * in one transaction and closes the project last. Schema: {@code docs/archive-bundle.md}. The final
 * report in the bundle is the closing report: each module writes its part through {@link
 * org.cairnpmo.projects.ClosingReport}, the archive adds the closure checklist and the documents.
 *
 * <p><b>Retention</b> ({@code org.cairnpmo.archive.retention}). Rules keep document bytes N years
 * after closure; the purge removes the bytes and keeps the records, skips a project on legal hold,
 * and never purges a version twice. The PMO and administrators alone handle bundles and retention.
 */
@ApplicationModule(
    displayName = "Archive",
    allowedDependencies = {
      "identity",
      "organization",
      "projects",
      "portfolio",
      "governance",
      "platform"
    })
package org.cairnpmo.archive;

import org.springframework.modulith.ApplicationModule;
