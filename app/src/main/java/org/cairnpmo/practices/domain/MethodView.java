package org.cairnpmo.practices.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.practices.MethodStatus;

/**
 * A version of a method with its lifecycle, tiers and phases. {@code guidanceHtml} is the phase's
 * Markdown rendered and sanitized ({@link Guidance}); {@code nextDraftId} is the draft of the next
 * version, if one was started.
 */
public record MethodView(
    long id,
    long lineageId,
    String name,
    String description,
    int revision,
    Long previousId,
    Long nextDraftId,
    MethodStatus status,
    long lifecycleId,
    String lifecycleLabel,
    List<TierOutline> tiers,
    List<PhaseView> phases,
    Instant publishedAt,
    String publishedBy,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements LibraryEntryView {

  /** What the method says about one phase. */
  public record PhaseView(
      int position,
      String phase,
      String guidance,
      String guidanceHtml,
      List<String> checklist,
      List<MethodData.DeliverableData> deliverables) {

    public long requiredCount() {
      return deliverables.stream().filter(MethodData.DeliverableData::required).count();
    }
  }

  public String label() {
    return name + " (v" + revision + ")";
  }
}
