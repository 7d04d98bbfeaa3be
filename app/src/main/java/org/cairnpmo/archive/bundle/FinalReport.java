package org.cairnpmo.archive.bundle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.projects.ClosingReport;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The bundle's final report as PDF, the project's closing report: its facts and people (sponsor and
 * manager), planned against actual dates, then what each module says of the outcome through {@link
 * ClosingReport} (schedule, milestones, the last status report's ratings, the RAID log, budget
 * against actual costs, lessons learned), the closure checklist with who signed it off and every
 * waiver with its reason, what each section of the bundle holds, and the documents with their
 * latest version.
 */
@Component
class FinalReport {

  private final PdfRenderer pdf;
  private final DocumentService documents;
  private final ClosureService closure;
  private final List<ClosingReport> reports;
  private final Clock clock;

  FinalReport(
      PdfRenderer pdf,
      DocumentService documents,
      ClosureService closure,
      List<ClosingReport> reports,
      Clock clock) {
    this.pdf = pdf;
    this.documents = documents;
    this.closure = closure;
    this.reports = List.copyOf(reports);
    this.clock = clock;
  }

  byte[] render(ProjectView project, CurrentUser by, Map<String, Integer> sections) {
    List<DocumentView> docs =
        documents
            .list(
                OwnerKind.PROJECT, project.id(), PageRequest.of(0, 500, DocumentService.ORDER), by)
            .getContent();
    List<ClosingReport.Part> parts = new ArrayList<>();
    reports.forEach(r -> parts.addAll(r.closingReport(project)));
    parts.sort(Comparator.comparingInt(ClosingReport.Part::order));
    ClosureView checklist = closure.closure(project.id(), by);
    Map<String, Object> model = new HashMap<>();
    model.put("project", project);
    model.put("sections", sections);
    model.put("documents", docs);
    model.put("parts", parts);
    model.put("closure", checklist);
    model.put("prepared", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    model.put("preparedBy", by.displayName());
    return pdf.render("archive/final-report", model);
  }
}
