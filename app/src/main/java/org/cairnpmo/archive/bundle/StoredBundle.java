package org.cairnpmo.archive.bundle;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** A bundle the PMO stored in the archive: its bytes are in the blob store under its key. */
@Entity
@Table(name = "arc_bundle")
@Getter
class StoredBundle extends GeneratedId {

  private long projectId;
  private String projectCode;
  private String projectName;
  private String fileName;
  private long sizeBytes;
  private String sha256;
  private String blobKey;
  private Instant storedAt;
  private String storedBy;

  protected StoredBundle() {}

  StoredBundle(
      long projectId,
      String projectCode,
      String projectName,
      String fileName,
      long sizeBytes,
      String sha256,
      String blobKey,
      String storedBy,
      Instant storedAt) {
    this.projectId = projectId;
    this.projectCode = projectCode;
    this.projectName = projectName;
    this.fileName = fileName;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.blobKey = blobKey;
    this.storedBy = storedBy;
    this.storedAt = storedAt;
  }

  StoredBundleView view() {
    return new StoredBundleView(
        getId(),
        projectId,
        projectCode,
        projectName,
        fileName,
        sizeBytes,
        sha256,
        storedAt,
        storedBy);
  }
}
