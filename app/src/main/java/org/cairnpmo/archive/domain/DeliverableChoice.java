package org.cairnpmo.archive.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairnpmo.archive.DeliverableCatalog;
import org.cairnpmo.archive.DeliverableCatalog.DeliverableOption;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A project's document names one of the deliverables its method expects, when a {@link
 * DeliverableCatalog} knows them: the id must be one of the catalog's, or the name one of theirs
 * (the id is then filled in), and a document without a phase takes the deliverable's. A proposal,
 * or a project whose method expects nothing, keeps a free-text deliverable.
 */
@Component
class DeliverableChoice {

  private final ObjectProvider<DeliverableCatalog> catalog;

  DeliverableChoice(ObjectProvider<DeliverableCatalog> catalog) {
    this.catalog = catalog;
  }

  /** The details with the deliverable checked against the owner's catalog; 400 when not in it. */
  DocumentData resolve(OwnerKind kind, long ownerId, DocumentData data) {
    List<DeliverableOption> options = options(kind, ownerId);
    return checked(options, data)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    blank(data.deliverableId()) ? "deliverableName" : "deliverableId",
                    "Choose one of the deliverables the project's method expects: "
                        + options.stream()
                            .map(o -> o.name() + " (" + o.phase() + ")")
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  /**
   * As {@link #resolve}, but a deliverable the catalog does not know is dropped rather than
   * refused: for a library template's own deliverable, written as free text for every project.
   */
  DocumentData resolveOrDrop(OwnerKind kind, long ownerId, DocumentData data) {
    return checked(options(kind, ownerId), data)
        .orElseGet(
            () ->
                new DocumentData(
                    data.title(),
                    data.type(),
                    data.phase(),
                    null,
                    null,
                    data.responsibleId(),
                    data.version()));
  }

  /**
   * The details with the deliverable the options name; as they are when there are no options or no
   * deliverable is named; empty when the options do not name it.
   */
  private static Optional<DocumentData> checked(
      List<DeliverableOption> options, DocumentData data) {
    if (options.isEmpty() || blank(data.deliverableId()) && blank(data.deliverableName())) {
      return Optional.of(data);
    }
    return find(options, data.deliverableId(), data.deliverableName()).map(o -> with(data, o));
  }

  private List<DeliverableOption> options(OwnerKind kind, long ownerId) {
    DeliverableCatalog found = kind == OwnerKind.PROJECT ? catalog.getIfAvailable() : null;
    return found == null ? List.of() : found.deliverablesOf(ownerId);
  }

  private static Optional<DeliverableOption> find(
      List<DeliverableOption> options, String id, String name) {
    if (!blank(id)) {
      return options.stream().filter(o -> o.id().equals(id.strip())).findFirst();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return options.stream()
        .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  private static DocumentData with(DocumentData data, DeliverableOption o) {
    return new DocumentData(
        data.title(),
        data.type(),
        blank(data.phase()) ? o.phase() : data.phase(),
        o.id(),
        o.name(),
        data.responsibleId(),
        data.version());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
