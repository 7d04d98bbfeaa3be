package org.cairnpmo.archive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.archive.domain.DocumentTexts;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.ProjectDeliverables;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** What other modules may ask of the archive. */
@Service
public class ArchiveApi {

  private final DocumentTexts texts;
  private final ObjectProvider<DeliverableCatalog> catalog;
  private final TemplateService templates;
  private final ProjectDeliverables deliverables;

  ArchiveApi(
      DocumentTexts texts,
      ObjectProvider<DeliverableCatalog> catalog,
      TemplateService templates,
      ProjectDeliverables deliverables) {
    this.texts = texts;
    this.catalog = catalog;
    this.templates = templates;
    this.deliverables = deliverables;
  }

  /**
   * The text of a document's version (PDF, Office, plain text, by Apache Tika), at most a million
   * characters; empty if there is no such version. No visibility check: for an index that filters
   * by permission itself, as a search index must.
   */
  public Optional<String> text(long documentId, int versionNumber) {
    return texts.text(documentId, versionNumber);
  }

  /**
   * The deliverables a project's method expects, from the {@link DeliverableCatalog} if a module
   * provides one; none otherwise (a document's deliverable is then free text).
   */
  public List<DeliverableCatalog.DeliverableOption> deliverablesOf(long projectId) {
    DeliverableCatalog found = catalog.getIfAvailable();
    return found == null ? List.of() : found.deliverablesOf(projectId);
  }

  /** The library's templates, id and name, by name (the first 500: enough for a choice list). */
  public Map<Long, String> libraryTemplates() {
    return templates.catalog(500);
  }

  /**
   * The names of the library's templates among {@code templateIds} (an id that is no template is
   * absent). The library is read by everyone signed in, so this needs no reader.
   */
  public Map<Long, String> templateNames(Collection<Long> templateIds) {
    return templates.names(templateIds);
  }

  /**
   * The documents of these projects that name a deliverable, by project, with whether each one's
   * latest version is approved; the projects {@code reader} may not see are left out.
   */
  public Map<Long, List<DeliverableDocument>> deliverableDocuments(
      Collection<Long> projectIds, CurrentUser reader) {
    return deliverables.of(projectIds, reader);
  }

  /**
   * Starts a document of the project from a library template (a copy of its current version), as
   * {@code by}, who must be one of those who file the project's documents. {@code deliverableId},
   * when given, must be one of the deliverables the project's method expects. Joins the caller's
   * transaction, so a refusal later undoes it. Returns the new document's id.
   */
  public long startFromTemplate(
      long projectId, long templateId, String title, String deliverableId, CurrentUser by) {
    return templates.start(OwnerKind.PROJECT, projectId, templateId, title, deliverableId, by).id();
  }
}
