package org.cairnpmo.archive.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One purge of a project's document bytes: when, by whom, under which rule, and how much. */
@Entity
@Table(name = "arc_purge")
@Getter
class PurgeRecord extends GeneratedId {

  private long projectId;
  private Instant purgedAt;
  private String purgedBy;
  private int versions;
  private long sizeBytes;
  private String rule;

  protected PurgeRecord() {}

  PurgeRecord(long projectId, Instant at, String by, int versions, long sizeBytes, String rule) {
    this.projectId = projectId;
    this.purgedAt = at;
    this.purgedBy = by;
    this.versions = versions;
    this.sizeBytes = sizeBytes;
    this.rule = rule;
  }
}
