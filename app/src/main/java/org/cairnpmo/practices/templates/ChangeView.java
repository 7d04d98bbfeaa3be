package org.cairnpmo.practices.templates;

import java.time.Instant;
import org.cairnpmo.platform.Versioned;

/**
 * A change a newer template version offers a project. {@code doneNote}, for a pending change, says
 * when the project's work is already done and accepting would leave it as it is.
 */
public record ChangeView(
    long id,
    long projectId,
    long templateId,
    String templateLabel,
    ElementKind kind,
    String itemKey,
    ChangeType changeType,
    String summary,
    ChangeStatus status,
    String doneNote,
    String outcome,
    Instant offeredAt,
    String offeredBy,
    Instant decidedAt,
    String decidedBy,
    long version)
    implements Versioned.Entry {

  public boolean pending() {
    return status == ChangeStatus.PENDING;
  }
}
