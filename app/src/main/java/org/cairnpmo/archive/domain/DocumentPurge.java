package org.cairnpmo.archive.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Removes the bytes of every version of a project's documents, keeping the records: the versions
 * show when their bytes were purged, and the documents lose their text (the search finds them by
 * their details only). A version purged before is left alone, so a second run changes nothing.
 */
@Component
public class DocumentPurge {

  private final DocumentRepository documents;
  private final DocumentVersionRepository versions;
  private final BlobStore blobs;

  DocumentPurge(DocumentRepository documents, DocumentVersionRepository versions, BlobStore blobs) {
    this.documents = documents;
    this.versions = versions;
    this.blobs = blobs;
  }

  /** What one purge removed. */
  public record Purged(int versions, long bytes) {}

  /** Purges the project's document bytes, within the caller's transaction. */
  public Purged purgeProject(long projectId, Instant now) {
    int count = 0;
    long bytes = 0;
    List<Document> found =
        documents
            .findByOwnerKindAndOwnerId(OwnerKind.PROJECT, projectId, Pageable.unpaged())
            .getContent();
    for (Document d : found) {
      boolean any = false;
      for (DocumentVersion v : versions.findByDocumentIdOrderByNumberDesc(d.getId())) {
        if (v.purge(now)) {
          blobs.delete(v.getFile().blobKey());
          count++;
          bytes += v.getFile().sizeBytes();
          any = true;
        }
      }
      if (any) {
        d.textPurged();
      }
    }
    documents.flush();
    return new Purged(count, bytes);
  }
}
