package org.cairnpmo.archive;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.archive.domain.DocumentTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** What other modules may ask of the archive. */
@Service
public class ArchiveApi {

  private final DocumentTexts texts;
  private final ObjectProvider<DeliverableCatalog> catalog;

  ArchiveApi(DocumentTexts texts, ObjectProvider<DeliverableCatalog> catalog) {
    this.texts = texts;
    this.catalog = catalog;
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
}
