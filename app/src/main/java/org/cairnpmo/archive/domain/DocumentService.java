package org.cairnpmo.archive.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of projects and proposals: filing, new versions, details, review and approval, and
 * reading a version's bytes. Every method first resolves the owner as the caller may see it ({@link
 * ArchiveAccess}), so a document of an owner the caller may not see is "not found".
 */
@Service
public class DocumentService {

  public static final Sort ORDER = Sort.by(Sort.Direction.DESC, "audit.lastChange.updatedAt", "id");

  private final DocumentRepository documents;
  private final DocumentVersionRepository versions;
  private final BlobStore blobs;
  private final ArchiveAccess access;
  private final IdentityApi identity;
  private final PdfPreview previews;
  private final DeliverableChoice deliverables;
  private final Clock clock;
  private final TextExtraction extraction;

  DocumentService(
      DocumentRepository documents,
      DocumentVersionRepository versions,
      BlobStore blobs,
      ArchiveAccess access,
      IdentityApi identity,
      PdfPreview previews,
      DeliverableChoice deliverables,
      Clock clock,
      TextExtraction extraction) {
    this.documents = documents;
    this.versions = versions;
    this.blobs = blobs;
    this.access = access;
    this.identity = identity;
    this.previews = previews;
    this.deliverables = deliverables;
    this.clock = clock;
    this.extraction = extraction;
  }

  @Transactional(readOnly = true)
  public Owner owner(OwnerKind kind, long ownerId, CurrentUser viewer) {
    return access.owner(kind, ownerId, viewer);
  }

  /** The owner's documents, each with its latest version only. */
  @Transactional(readOnly = true)
  public Page<DocumentView> list(OwnerKind kind, long ownerId, Pageable page, CurrentUser viewer) {
    Owner owner = access.owner(kind, ownerId, viewer);
    Page<Document> found = documents.findByOwnerKindAndOwnerId(kind, ownerId, page);
    Map<Long, String> names = names(found.getContent());
    return found.map(
        d ->
            view(
                d,
                owner,
                versions.findByDocumentIdAndNumber(d.getId(), d.getLatestNumber()).stream()
                    .map(VersionView::of)
                    .toList(),
                names,
                viewer));
  }

  /** How many documents the owner has; "not found" for an owner the caller may not see. */
  @Transactional(readOnly = true)
  public long count(OwnerKind kind, long ownerId, CurrentUser viewer) {
    access.owner(kind, ownerId, viewer);
    return documents.countByOwnerKindAndOwnerId(kind, ownerId);
  }

  @Transactional(readOnly = true)
  public DocumentView document(OwnerKind kind, long ownerId, long id, CurrentUser viewer) {
    Owner owner = access.owner(kind, ownerId, viewer);
    return full(find(owner, id), owner, viewer);
  }

  /** Files a new document with {@code file} as its version 1. */
  @Transactional
  public DocumentView file(
      OwnerKind kind, long ownerId, DocumentData data, ReceivedFile file, CurrentUser by) {
    return fileFrom(kind, ownerId, data, file, null, by);
  }

  /** As {@link #file}, naming the template the first version was copied from. */
  @Transactional
  public DocumentView fileFrom(
      OwnerKind kind,
      long ownerId,
      DocumentData data,
      ReceivedFile file,
      Long templateId,
      CurrentUser by) {
    Owner owner = access.owner(kind, ownerId, by);
    ArchiveAccess.requireUploader(owner);
    owner.requireChangeable();
    checkResponsible(data);
    DocumentData resolved = deliverables.resolve(kind, ownerId, data);
    Instant now = clock.instant();
    Document document =
        documents.saveAndFlush(
            Document.file(kind, ownerId, resolved, templateId, by.username(), now));
    addVersion(document, file, null, by, now);
    documents.flush();
    return full(document, owner, by);
  }

  /**
   * Adds a version. The document's row is locked first: two uploads at once queue here and take
   * consecutive numbers, and the unique (document, number) constraint stands behind the lock.
   */
  @Transactional
  public DocumentView addVersion(
      OwnerKind kind, long ownerId, long id, ReceivedFile file, String note, CurrentUser by) {
    Owner owner = access.owner(kind, ownerId, by);
    // Locked before anything else reads it, so this transaction sees the latest number.
    Document document =
        documents
            .lockById(id)
            .filter(d -> d.getOwnerKind() == kind && d.getOwnerId() == ownerId)
            .orElseThrow(() -> notFound(id));
    ArchiveAccess.requireUploader(owner);
    owner.requireChangeable();
    addVersion(document, file, note, by, clock.instant());
    documents.flush();
    return full(document, owner, by);
  }

  private void addVersion(
      Document document, ReceivedFile file, String note, CurrentUser by, Instant now) {
    if (note != null && note.length() > 500) {
      throw InvalidInputException.of("note", "The note is longer than 500 characters.");
    }
    int number = document.nextVersion(textOf(file), by.username(), now);
    // The bytes first, then the record, in one transaction: a failure of either undoes both.
    versions.save(
        new DocumentVersion(
            document.getId(), number, file.storeIn(blobs), note, by.username(), now));
  }

  @Transactional
  public DocumentView describe(
      OwnerKind kind,
      long ownerId,
      long id,
      DocumentData data,
      long expectedVersion,
      CurrentUser by) {
    Change change = change(kind, ownerId, id, expectedVersion, by);
    Document document = change.document();
    checkResponsible(data);
    // A deliverable left as it was is kept even if the method no longer lists it (it was filed
    // before the method changed): only a new choice is checked.
    boolean unchanged =
        java.util.Objects.equals(blank(data.deliverableId()), document.getDeliverableId())
            && java.util.Objects.equals(
                blank(data.deliverableName()), document.getDeliverableName());
    document.describe(
        unchanged ? data : deliverables.resolve(kind, ownerId, data),
        by.username(),
        clock.instant());
    documents.flush();
    return full(document, change.owner(), by);
  }

  /** Asks {@code reviewerId} to review the latest version. */
  @Transactional
  public DocumentView submitForReview(
      OwnerKind kind,
      long ownerId,
      long id,
      Long reviewerId,
      long expectedVersion,
      CurrentUser by) {
    Change change = change(kind, ownerId, id, expectedVersion, by);
    Document document = change.document();
    if (reviewerId == null || identity.user(reviewerId).filter(UserSummary::enabled).isEmpty()) {
      throw InvalidInputException.of("reviewerId", "Name an active user as the reviewer.");
    }
    document.submitForReview(reviewerId, by.username(), clock.instant());
    documents.flush();
    return full(document, change.owner(), by);
  }

  /** Approves the latest version: its reviewer or the PMO. */
  @Transactional
  public DocumentView approve(OwnerKind kind, long ownerId, long id, int number, CurrentUser by) {
    Owner owner = access.owner(kind, ownerId, by);
    Document document = find(owner, id);
    if (!ArchiveAccess.mayApprove(document, by)) {
      throw new AccessDeniedException("Only the document's reviewer and the PMO approve it");
    }
    owner.requireChangeable();
    DocumentVersion version =
        versions
            .findByDocumentIdAndNumber(id, number)
            .orElseThrow(() -> new NotFoundException("Version", number));
    Instant now = clock.instant();
    document.approved(number, by.username(), now);
    version.approve(by.username(), now);
    documents.flush();
    return full(document, owner, by);
  }

  /** A version's file, for reading its bytes with {@link #read}. */
  @Transactional(readOnly = true)
  public VersionFile version(
      OwnerKind kind, long ownerId, long id, int number, CurrentUser viewer) {
    Owner owner = access.owner(kind, ownerId, viewer);
    Document document = find(owner, id);
    DocumentVersion version =
        versions
            .findByDocumentIdAndNumber(document.getId(), number)
            .filter(v -> !v.isPurged())
            .orElseThrow(() -> new NotFoundException("Version", number));
    return new VersionFile(VersionView.of(version), version.getFile().blobKey());
  }

  /** The bytes of a version found by {@link #version}, for the caller who was allowed to see it. */
  @Transactional(readOnly = true)
  public <T> T read(VersionFile file, BlobStore.Reader<T> reader) {
    return blobs.read(file.blobKey(), reader);
  }

  /**
   * The first page of a PDF version as a PNG; empty for another type, or a PDF that cannot be
   * rendered.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<byte[]> preview(VersionFile file) {
    if (!file.version().contentType().equals("application/pdf")) {
      return java.util.Optional.empty();
    }
    return blobs.read(file.blobKey(), previews::firstPage);
  }

  private void checkResponsible(DocumentData data) {
    if (data.responsibleId() != null && identity.user(data.responsibleId()).isEmpty()) {
      throw InvalidInputException.of("responsibleId", "No user has this id.");
    }
  }

  private Document find(Owner owner, long id) {
    return documents
        .findByIdAndOwnerKindAndOwnerId(id, owner.kind(), owner.id())
        .orElseThrow(() -> notFound(id));
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Document", id);
  }

  /** A document its uploaders change while its owner is open, as they last read it. */
  private record Change(Owner owner, Document document) {}

  private Change change(
      OwnerKind kind, long ownerId, long id, long expectedVersion, CurrentUser by) {
    Owner owner = access.owner(kind, ownerId, by);
    Document document = find(owner, id);
    ArchiveAccess.requireUploader(owner);
    owner.requireChangeable();
    requireVersion(document, expectedVersion);
    return new Change(owner, document);
  }

  private static void requireVersion(Document document, long expected) {
    if (document.getVersion() != expected) {
      throw new StaleVersionException("Document", expected, document.getVersion());
    }
  }

  private DocumentView full(Document d, Owner owner, CurrentUser viewer) {
    return view(
        d,
        owner,
        versions.findByDocumentIdOrderByNumberDesc(d.getId()).stream()
            .map(VersionView::of)
            .toList(),
        names(List.of(d)),
        viewer);
  }

  private Map<Long, String> names(Collection<Document> docs) {
    Set<Long> ids = new HashSet<>();
    for (Document d : docs) {
      if (d.getResponsibleId() != null) {
        ids.add(d.getResponsibleId());
      }
      if (d.getReviewerId() != null) {
        ids.add(d.getReviewerId());
      }
    }
    Map<Long, String> names = new java.util.HashMap<>();
    identity.usersByIds(ids).forEach((id, user) -> names.put(id, user.displayName()));
    return names;
  }

  private static DocumentView view(
      Document d,
      Owner owner,
      List<VersionView> shown,
      Map<Long, String> names,
      CurrentUser viewer) {
    return new DocumentView(
        d.getId(),
        d.getOwnerKind(),
        d.getOwnerId(),
        d.getTitle(),
        d.getType(),
        d.getPhaseName(),
        d.getDeliverableId(),
        d.getDeliverableName(),
        d.getResponsibleId(),
        names.get(d.getResponsibleId()),
        d.getStatus(),
        d.getReviewerId(),
        names.get(d.getReviewerId()),
        d.getLatestNumber(),
        d.getTemplateId(),
        shown,
        owner.mayChange(),
        owner.frozen() == null
            && d.getStatus() == DocumentStatus.IN_REVIEW
            && ArchiveAccess.mayApprove(d, viewer),
        d.getVersion(),
        d.getCreatedAt(),
        d.getCreatedBy(),
        d.getUpdatedAt(),
        d.getUpdatedBy());
  }

  /** A version and the key of its bytes. */
  public record VersionFile(VersionView version, String blobKey) {}

  /** The file's text for the search (read from the received temporary file, before storing). */
  private String textOf(ReceivedFile file) {
    try (var in = java.nio.file.Files.newInputStream(file.path())) {
      return extraction.text(in, file.fileName());
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
