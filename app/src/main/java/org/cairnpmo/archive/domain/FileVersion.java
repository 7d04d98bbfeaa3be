package org.cairnpmo.archive.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/**
 * What every kept version of a file has, a document's or a template's: its number, its file, the
 * note it came with, and who uploaded it when. A version never changes once kept.
 */
@MappedSuperclass
@Getter
public abstract class FileVersion extends GeneratedId {

  private int number;
  @Embedded private StoredFile file;
  private String note;
  private String uploadedBy;
  private Instant uploadedAt;

  protected FileVersion() {}

  protected FileVersion(int number, StoredFile file, String note, String by, Instant now) {
    this.number = number;
    this.file = file;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.uploadedBy = by;
    this.uploadedAt = now;
  }
}
