package org.cairnpmo.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** One version of a document: its file, who uploaded it when, and who approved it, if anyone. */
@Entity
@Table(name = "arc_document_version")
@Getter
public class DocumentVersion extends FileVersion {

  private long documentId;
  private String approvedBy;
  private Instant approvedAt;

  /** When retention removed the bytes; the record stays. Null while the bytes are kept. */
  private Instant purgedAt;

  protected DocumentVersion() {}

  DocumentVersion(
      long documentId, int number, StoredFile file, String note, String by, Instant now) {
    super(number, file, note, by, now);
    this.documentId = documentId;
  }

  /** A version recreated from an archive bundle, as it was where it was exported. */
  static DocumentVersion imported(
      long documentId,
      int number,
      StoredFile file,
      String note,
      String uploadedBy,
      Instant uploadedAt,
      String approvedBy,
      Instant approvedAt,
      Instant purgedAt) {
    DocumentVersion version =
        new DocumentVersion(documentId, number, file, note, uploadedBy, uploadedAt);
    version.approvedBy = approvedBy;
    version.approvedAt = approvedAt;
    version.purgedAt = purgedAt;
    return version;
  }

  public boolean isPurged() {
    return purgedAt != null;
  }

  /** The bytes are gone; returns whether this call purged them (false if they were already). */
  boolean purge(Instant now) {
    if (purgedAt != null) {
      return false;
    }
    purgedAt = now;
    return true;
  }

  void approve(String by, Instant now) {
    approvedBy = by;
    approvedAt = now;
  }
}
