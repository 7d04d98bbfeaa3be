package org.cairnpmo.planning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;
import org.cairnpmo.planning.ConflictKind;

/** A conflict the last scheduling run found, kept with the plan until the next run. */
@Embeddable
@Getter
public class StoredConflict {

  private long taskId;

  @Enumerated(EnumType.STRING)
  private ConflictKind kind;

  private String message;

  protected StoredConflict() {}

  StoredConflict(long taskId, ConflictKind kind, String message) {
    this.taskId = taskId;
    this.kind = kind;
    this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
  }
}
