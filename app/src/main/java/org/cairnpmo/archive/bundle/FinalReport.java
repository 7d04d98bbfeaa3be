package org.cairnpmo.archive.bundle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The bundle's final report as PDF: the project's facts and people, what each section of the bundle
 * holds, and the project's documents with their latest version.
 */
@Component
class FinalReport {

  private final PdfRenderer pdf;
  private final DocumentService documents;
  private final Clock clock;

  FinalReport(PdfRenderer pdf, DocumentService documents, Clock clock) {
    this.pdf = pdf;
    this.documents = documents;
    this.clock = clock;
  }

  byte[] render(ProjectView project, CurrentUser by, Map<String, Integer> sections) {
    java.util.List<DocumentView> docs =
        documents
            .list(
                OwnerKind.PROJECT, project.id(), PageRequest.of(0, 500, DocumentService.ORDER), by)
            .getContent();
    return pdf.render(
        "archive/final-report",
        Map.of(
            "project",
            project,
            "sections",
            sections,
            "documents",
            docs,
            "prepared",
            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
            "preparedBy",
            by.displayName()));
  }
}
