package org.cairnpmo.practices.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.archive.DeliverableDocument;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure checklist from the project's method: each required deliverable of the method's
 * closing phase (its last) is an item "Deliverable X approved", met when a document of the project
 * filed for that deliverable has its latest version approved (a document filed before the method's
 * list was offered counts by the deliverable's name, as compliance counts it). The key is {@code
 * deliverable-} and the deliverable's id, stable across versions of the method that keep its phase
 * and name, so a waiver keeps holding. A project on no published method gets no such item: the
 * standard checklist stays as it is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MethodClosureCheck implements ClosureCheck {

  /** Reads the project's documents for the checklist, which checked who asks. */
  private static final CurrentUser READER =
      new CurrentUser(0, "closure", "Closure checklist", Set.of(Role.ADMIN));

  private final MethodDeliverables deliverables;
  private final ArchiveApi archive;

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    MethodView method = deliverables.methodOf(project.id());
    if (method == null || method.phases().isEmpty()) {
      return List.of();
    }
    MethodView.PhaseView closing =
        method.phases().stream()
            .max(Comparator.comparingInt(MethodView.PhaseView::position))
            .orElseThrow();
    List<MethodData.DeliverableData> required =
        closing.deliverables().stream().filter(MethodData.DeliverableData::required).toList();
    if (required.isEmpty()) {
      return List.of();
    }
    List<DeliverableDocument> documents =
        archive
            .deliverableDocuments(List.of(project.id()), READER)
            .getOrDefault(project.id(), List.of());
    List<ClosureItem> items = new ArrayList<>();
    String fix = "/projects/" + project.id() + "/documents";
    for (MethodData.DeliverableData d : required) {
      String id = MethodDeliverables.id(closing.phase(), d.name());
      List<DeliverableDocument> filed =
          documents.stream()
              .filter(
                  doc ->
                      id.equals(doc.deliverableId())
                          || doc.deliverableId() == null
                              && doc.deliverableName() != null
                              && doc.deliverableName().strip().equalsIgnoreCase(d.name().strip()))
              .toList();
      boolean approved = filed.stream().anyMatch(DeliverableDocument::approved);
      items.add(
          ClosureItem.of(
              "deliverable-" + id,
              "Deliverable " + d.name() + " approved",
              approved,
              approved
                  ? "Required by " + method.label() + " in " + closing.phase() + "; approved."
                  : filed.isEmpty()
                      ? "Required by "
                          + method.label()
                          + " in "
                          + closing.phase()
                          + "; no document is filed for it yet."
                      : "Required by "
                          + method.label()
                          + " in "
                          + closing.phase()
                          + "; filed, but its latest version is not approved.",
              fix));
    }
    return items;
  }
}
