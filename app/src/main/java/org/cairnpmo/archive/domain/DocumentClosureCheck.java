package org.cairnpmo.archive.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's part of the closure checklist: an approved final report (a document of type "Final
 * report" whose latest version is approved), and every document of the project approved.
 */
@Component
class DocumentClosureCheck implements ClosureCheck {

  /** The document type the closure looks for; the upload form offers it among the others. */
  static final String FINAL_REPORT = "Final report";

  private final DocumentRepository documents;

  DocumentClosureCheck(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    List<Document> all =
        documents
            .findByOwnerKindAndOwnerId(OwnerKind.PROJECT, project.id(), Pageable.unpaged())
            .getContent();
    String fix = "/projects/" + project.id() + "/documents";
    List<Document> reports =
        all.stream()
            .filter(d -> d.getType() != null)
            .filter(d -> d.getType().strip().toLowerCase(Locale.ROOT).equals("final report"))
            .toList();
    boolean reportApproved =
        reports.stream().anyMatch(d -> d.getStatus() == DocumentStatus.APPROVED);
    long pending = all.stream().filter(d -> d.getStatus() != DocumentStatus.APPROVED).count();
    return List.of(
        ClosureItem.of(
            "final-report",
            "Final report approved",
            reportApproved,
            reportApproved
                ? "The final report is approved."
                : reports.isEmpty()
                    ? "No document of type \"" + FINAL_REPORT + "\" is filed yet."
                    : "The final report is filed but its latest version is not approved.",
            fix),
        ClosureItem.of(
            "documents",
            "Documents approved",
            pending == 0,
            pending == 0
                ? all.size() + " document(s), all approved."
                : pending + " of " + all.size() + " document(s) not approved yet.",
            fix));
  }
}
