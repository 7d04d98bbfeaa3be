package org.cairnpmo.archive.domain;

import java.time.Clock;
import java.time.Instant;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template library: everyone signed in reads it; the PMO and administrators add templates and
 * their versions. "Start from the template" copies the current version into a project or proposal
 * as version 1 of a new document, in one transaction with its record.
 */
@Service
public class TemplateService {

  public static final Sort ORDER = Sort.by("name", "id");

  private final DocumentTemplateRepository templates;
  private final TemplateVersionRepository versions;
  private final BlobStore blobs;
  private final DocumentService documents;
  private final DeliverableChoice deliverables;
  private final Clock clock;

  TemplateService(
      DocumentTemplateRepository templates,
      TemplateVersionRepository versions,
      BlobStore blobs,
      DocumentService documents,
      DeliverableChoice deliverables,
      Clock clock) {
    this.templates = templates;
    this.versions = versions;
    this.blobs = blobs;
    this.documents = documents;
    this.deliverables = deliverables;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<TemplateView> list(Pageable page) {
    return templates.findAll(page).map(t -> view(t, true));
  }

  @Transactional(readOnly = true)
  public TemplateView template(long id) {
    return view(find(id), false);
  }

  /** The library's first {@code max} templates by name: id and name. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> catalog(int max) {
    java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
    templates
        .findAll(org.springframework.data.domain.PageRequest.of(0, max, ORDER))
        .forEach(t -> names.put(t.getId(), t.getName()));
    return names;
  }

  /** The names of those of {@code ids} that are templates of the library. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      templates.findByIdIn(ids).forEach(t -> names.put(t.getId(), t.getName()));
    }
    return names;
  }

  @Transactional(readOnly = true)
  public java.util.Optional<TemplateView> named(String name) {
    return templates.findFirstByNameIgnoreCase(name).map(t -> view(t, true));
  }

  @Transactional
  public TemplateView create(TemplateData data, ReceivedFile file, String note, CurrentUser by) {
    ArchiveAccess.requireTemplateKeeper(by);
    TemplateFormat format = formatOf(file);
    Instant now = clock.instant();
    Template template = templates.saveAndFlush(Template.create(data, format, by.username(), now));
    store(template, format, file, note, by, now);
    templates.flush();
    return view(template, false);
  }

  /** A new version; the template's row is locked so concurrent versions take distinct numbers. */
  @Transactional
  public TemplateView addVersion(long id, ReceivedFile file, String note, CurrentUser by) {
    ArchiveAccess.requireTemplateKeeper(by);
    Template template = templates.lockById(id).orElseThrow(() -> notFound(id));
    store(template, formatOf(file), file, note, by, clock.instant());
    templates.flush();
    return view(template, false);
  }

  @Transactional
  public TemplateView describe(long id, TemplateData data, long expectedVersion, CurrentUser by) {
    ArchiveAccess.requireTemplateKeeper(by);
    Template template = find(id);
    if (template.getVersion() != expectedVersion) {
      throw new StaleVersionException("Template", expectedVersion, template.getVersion());
    }
    template.describe(data, by.username(), clock.instant());
    templates.flush();
    return view(template, false);
  }

  /**
   * Starts a document of the owner from the template's current version: its version 1 is a copy of
   * the template's file, and it names the template's deliverable (dropped when the project's method
   * does not expect it).
   */
  @Transactional
  public DocumentView start(
      OwnerKind kind, long ownerId, long templateId, String title, CurrentUser by) {
    return start(kind, ownerId, templateId, title, null, by);
  }

  /**
   * As {@link #start(OwnerKind, long, long, String, CurrentUser)}, for the deliverable {@code
   * deliverableId} of the project's method when one is given (refused when the method does not
   * expect it), instead of the template's own.
   */
  @Transactional
  public DocumentView start(
      OwnerKind kind,
      long ownerId,
      long templateId,
      String title,
      String deliverableId,
      CurrentUser by) {
    Template template = find(templateId);
    TemplateVersion current =
        versions
            .findByTemplateIdAndNumber(templateId, template.getLatestNumber())
            .orElseThrow(() -> notFound(templateId));
    String name = title == null || title.isBlank() ? template.getName() : title.strip();
    if (name.length() > 200) {
      throw InvalidInputException.of("title", "The title is longer than 200 characters.");
    }
    boolean chosen = deliverableId != null && !deliverableId.isBlank();
    DocumentData named =
        new DocumentData(
            name,
            template.getFormat().label(),
            null,
            chosen ? deliverableId.strip() : template.getDeliverableId(),
            chosen ? null : template.getDeliverableName(),
            null,
            null);
    // The template's own deliverable is free text written for every project; one asked for is
    // checked strictly when the document is filed.
    DocumentData data = chosen ? named : deliverables.resolveOrDrop(kind, ownerId, named);
    StoredFile file = current.getFile();
    java.nio.file.Path copy = null;
    try {
      copy = java.nio.file.Files.createTempFile("cairn-template-", ".part");
      java.nio.file.Path target = copy;
      blobs.read(
          file.blobKey(),
          in ->
              java.nio.file.Files.copy(
                  in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
      try (ReceivedFile received =
          new ReceivedFile(
              copy, file.fileName(), file.sizeBytes(), file.sha256(), file.contentType())) {
        return documents.fileFrom(kind, ownerId, data, received, templateId, by);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (copy != null) {
        copy.toFile().delete();
      }
    }
  }

  /** A version's file and the key of its bytes. */
  @Transactional(readOnly = true)
  public DocumentService.VersionFile version(long id, int number) {
    TemplateVersion version =
        versions
            .findByTemplateIdAndNumber(find(id).getId(), number)
            .orElseThrow(() -> new NotFoundException("Version", number));
    return new DocumentService.VersionFile(VersionView.of(version), version.getFile().blobKey());
  }

  @Transactional(readOnly = true)
  public <T> T read(DocumentService.VersionFile file, BlobStore.Reader<T> reader) {
    return blobs.read(file.blobKey(), reader);
  }

  private void store(
      Template template,
      TemplateFormat format,
      ReceivedFile file,
      String note,
      CurrentUser by,
      Instant now) {
    if (note != null && note.length() > 500) {
      throw InvalidInputException.of("note", "The note is longer than 500 characters.");
    }
    int number = template.nextVersion(format, by.username(), now);
    versions.save(
        new TemplateVersion(
            template.getId(), number, file.storeIn(blobs), note, by.username(), now));
  }

  private static TemplateFormat formatOf(ReceivedFile file) {
    return TemplateFormat.of(file.contentType(), file.fileName())
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "file",
                    "The library keeps Word, Excel, PowerPoint and Markdown templates; "
                        + file.fileName()
                        + " is "
                        + file.contentType()
                        + "."));
  }

  private Template find(long id) {
    return templates.findById(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("Template", id);
  }

  private TemplateView view(Template t, boolean currentOnly) {
    var shown =
        currentOnly
            ? versions.findByTemplateIdAndNumber(t.getId(), t.getLatestNumber()).stream()
                .map(VersionView::of)
                .toList()
            : versions.findByTemplateIdOrderByNumberDesc(t.getId()).stream()
                .map(VersionView::of)
                .toList();
    return new TemplateView(
        t.getId(),
        t.getName(),
        t.getDescription(),
        t.getFormat(),
        t.getDeliverableId(),
        t.getDeliverableName(),
        t.getLatestNumber(),
        shown,
        t.getVersion(),
        t.getCreatedAt(),
        t.getCreatedBy(),
        t.getUpdatedAt(),
        t.getUpdatedBy());
  }
}
