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

  protected DocumentVersion() {}

  DocumentVersion(
      long documentId, int number, StoredFile file, String note, String by, Instant now) {
    super(number, file, note, by, now);
    this.documentId = documentId;
  }

  void approve(String by, Instant now) {
    approvedBy = by;
    approvedAt = now;
  }
}
