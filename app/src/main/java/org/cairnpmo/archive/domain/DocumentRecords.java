package org.cairnpmo.archive.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's section of a bundle: the project's documents with the details of every version, and
 * each version's bytes as a file of the bundle ({@code documents/<document>/v<n>-<name>}). A
 * version whose bytes were purged is listed with its purge date and no file.
 */
@Component
class DocumentRecords implements ProjectRecordsSection {

  private final DocumentRepository documents;
  private final DocumentVersionRepository versions;
  private final BlobStore blobs;
  private final IdentityApi identity;
  private final TextExtraction extraction;
  private final RecordHistory history;

  DocumentRecords(
      DocumentRepository documents,
      DocumentVersionRepository versions,
      BlobStore blobs,
      IdentityApi identity,
      TextExtraction extraction,
      RecordHistory history) {
    this.history = history;
    this.documents = documents;
    this.versions = versions;
    this.blobs = blobs;
    this.identity = identity;
    this.extraction = extraction;
  }

  @Override
  public String name() {
    return "archive";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int order() {
    return 900;
  }

  private List<Document> of(long projectId) {
    return documents
        .findByOwnerKindAndOwnerId(OwnerKind.PROJECT, projectId, Pageable.unpaged())
        .getContent()
        .stream()
        .sorted(java.util.Comparator.comparing(Document::getId))
        .toList();
  }

  private List<DocumentVersion> ascending(Document document) {
    return versions.findByDocumentIdOrderByNumberDesc(document.getId()).stream()
        .sorted(java.util.Comparator.comparingInt(DocumentVersion::getNumber))
        .toList();
  }

  static String path(Document document, DocumentVersion version) {
    return "documents/"
        + document.getId()
        + "/v"
        + version.getNumber()
        + "-"
        + version.getFile().fileName().replaceAll("[^A-Za-z0-9._-]", "_");
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    List<Document> found = of(projectId);
    Set<Long> people = new HashSet<>();
    found.forEach(
        d -> {
          if (d.getResponsibleId() != null) {
            people.add(d.getResponsibleId());
          }
          if (d.getReviewerId() != null) {
            people.add(d.getReviewerId());
          }
        });
    Map<Long, UserSummary> users = identity.usersByIds(people);
    ArrayNode list = section.putArray("documents");
    int count = 0;
    for (Document d : found) {
      ObjectNode doc = list.addObject();
      doc.put("original_id", d.getId());
      doc.put("title", d.getTitle());
      doc.put("type", d.getType());
      doc.put("phase", d.getPhaseName());
      doc.put("deliverable_id", d.getDeliverableId());
      doc.put("deliverable_name", d.getDeliverableName());
      doc.put("status", d.getStatus().name());
      person(doc, "responsible", users.get(d.getResponsibleId()));
      person(doc, "reviewer", users.get(d.getReviewerId()));
      doc.put("created_at", d.getCreatedAt().toString());
      doc.put("created_by", d.getCreatedBy());
      doc.put("updated_at", d.getUpdatedAt().toString());
      doc.put("updated_by", d.getUpdatedBy());
      RecordsJson.history(doc, history, "document", d.getId());
      ArrayNode vs = doc.putArray("versions");
      count++;
      for (DocumentVersion v : ascending(d)) {
        StoredFile f = v.getFile();
        vs.addObject()
            .put("number", v.getNumber())
            .put("file_name", f.fileName())
            .put("content_type", f.contentType())
            .put("size_bytes", f.sizeBytes())
            .put("sha256", f.sha256())
            .put("note", v.getNote())
            .put("uploaded_by", v.getUploadedBy())
            .put("uploaded_at", v.getUploadedAt().toString())
            .put("approved_by", v.getApprovedBy())
            .put("approved_at", RecordsJson.instant(v.getApprovedAt()))
            .put("purged_at", RecordsJson.instant(v.getPurgedAt()))
            .put("file", v.isPurged() ? null : path(d, v));
        count++;
      }
    }
    return count;
  }

  private static void person(ObjectNode node, String field, UserSummary user) {
    RecordsJson.person(
        node,
        field,
        user == null ? null : user.username(),
        user == null ? null : user.displayName());
  }

  @Override
  public List<Attachment> attachments(long projectId) {
    List<Attachment> files = new ArrayList<>();
    for (Document d : of(projectId)) {
      for (DocumentVersion v : ascending(d)) {
        if (!v.isPurged()) {
          String key = v.getFile().blobKey();
          files.add(new Attachment(path(d, v), out -> blobs.copyTo(key, out)));
        }
      }
    }
    return files;
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    int count = 0;
    for (JsonNode doc : section.path("documents")) {
      AuditStamp audit =
          AuditStamp.created(text(doc, "created_by"), Instant.parse(text(doc, "created_at")));
      audit.touch(text(doc, "updated_by"), Instant.parse(text(doc, "updated_at")));
      List<JsonNode> vs = new ArrayList<>();
      doc.path("versions").forEach(vs::add);
      DocumentData data =
          new DocumentData(
              text(doc, "title"),
              text(doc, "type"),
              text(doc, "phase"),
              text(doc, "deliverable_id"),
              text(doc, "deliverable_name"),
              context.user(doc.path("responsible")).orElse(null),
              null);
      int latest = vs.isEmpty() ? 0 : vs.get(vs.size() - 1).path("number").asInt();
      String latestText = vs.isEmpty() ? "" : textOf(vs.get(vs.size() - 1), context).orElse("");
      Document document =
          documents.saveAndFlush(
              Document.imported(
                  context.projectId(),
                  data,
                  DocumentStatus.valueOf(text(doc, "status")),
                  context.user(doc.path("reviewer")).orElse(null),
                  latest,
                  latestText,
                  audit));
      history.restore("document", document.getId(), doc.path("history"));
      count++;
      for (JsonNode v : vs) {
        String key = UUID.randomUUID().toString();
        String file = text(v, "file");
        if (file != null) {
          Path bytes =
              context
                  .file(file)
                  .orElseThrow(
                      () ->
                          InvalidInputException.of(
                              "file", "The bundle names a document file it lacks: " + file));
          blobs.put(key, bytes, v.path("size_bytes").asLong());
        }
        versions.save(
            DocumentVersion.imported(
                document.getId(),
                v.path("number").asInt(),
                new StoredFile(
                    text(v, "file_name"),
                    text(v, "content_type"),
                    v.path("size_bytes").asLong(),
                    text(v, "sha256"),
                    key),
                text(v, "note"),
                text(v, "uploaded_by"),
                Instant.parse(text(v, "uploaded_at")),
                text(v, "approved_by"),
                RecordsJson.instant(v, "approved_at"),
                RecordsJson.instant(v, "purged_at")));
        count++;
      }
    }
    return count;
  }

  private Optional<String> textOf(JsonNode version, ImportContext context) {
    String file = text(version, "file");
    return Optional.ofNullable(file)
        .flatMap(context::file)
        .map(
            path -> {
              try (InputStream in = Files.newInputStream(path)) {
                return extraction.text(in, text(version, "file_name"));
              } catch (IOException e) {
                return "";
              }
            });
  }
}
