package org.cairnpmo.platform;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who changed a record last and when (columns {@code updated_at}, {@code updated_by}), for the
 * records that keep no creation stamp: a setting or a placement that is only ever replaced. Both
 * are null until the first change where the table allows it.
 */
@Embeddable
public class LastChange {

  private Instant updatedAt;
  private String updatedBy;

  protected LastChange() {}

  public static LastChange by(String by, Instant at) {
    LastChange change = new LastChange();
    change.updatedAt = at;
    change.updatedBy = by;
    return change;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
