package org.cairnpmo.archive.closure;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import lombok.Getter;

/** An item of the checklist the PMO waived, with the reason, who and when. */
@Embeddable
@Getter
public class Waiver {

  private String itemKey;
  private String reason;
  private String waivedBy;
  private Instant waivedAt;

  protected Waiver() {}

  Waiver(String itemKey, String reason, String waivedBy, Instant waivedAt) {
    this.itemKey = itemKey;
    this.reason = reason;
    this.waivedBy = waivedBy;
    this.waivedAt = waivedAt;
  }
}
