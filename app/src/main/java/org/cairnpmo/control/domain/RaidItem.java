package org.cairnpmo.control.domain;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecord;

/**
 * What every RAID log entry has: its project, an owner, the escalation to portfolio level (who,
 * when, why), a version for optimistic locking, and who created and last changed it.
 */
@MappedSuperclass
@Getter
public abstract class RaidItem extends EditableRecord implements VersionChecked, SearchRecord {

  private long projectId;
  private Long ownerId;

  private boolean escalated;
  private Long escalatedBy;
  private Instant escalatedAt;
  private String escalationNote;

  protected RaidItem() {}

  protected RaidItem(long projectId, Long ownerId, String by, Instant now) {
    this.projectId = projectId;
    this.ownerId = ownerId;
    stampCreated(by, now);
  }

  public abstract RaidKind kind();

  /** A one-line title for lists of mixed entries. */
  public abstract String headline();

  /** The entry is settled (closed, resolved, met, ...): it no longer needs attention. */
  public abstract boolean isSettled();

  /**
   * The stamps and escalation of an entry an archive bundle recreates, as they were where it came
   * from (the escalating person only when this Cairn knows them).
   */
  void imported(
      org.cairnpmo.platform.AuditStamp audit,
      boolean escalated,
      Long escalatedBy,
      Instant escalatedAt,
      String escalationNote) {
    restoreStamp(audit);
    this.escalated = escalated;
    this.escalatedBy = escalatedBy;
    this.escalatedAt = escalatedAt;
    this.escalationNote = escalationNote;
  }

  /** Raises the entry to portfolio level, for the PMO and executives to see. */
  public void escalate(long byUserId, String note, String by, Instant now) {
    if (escalated) {
      throw new BusinessRuleException(
          "already-escalated", "This " + kind().label().toLowerCase() + " is already escalated.");
    }
    escalated = true;
    escalatedBy = byUserId;
    escalatedAt = now;
    escalationNote = note == null || note.isBlank() ? null : note.strip();
    touch(by, now);
  }

  /** Takes the entry back from portfolio level. */
  public void withdrawEscalation(String by, Instant now) {
    if (!escalated) {
      throw new BusinessRuleException(
          "not-escalated", "This " + kind().label().toLowerCase() + " is not escalated.");
    }
    escalated = false;
    escalatedBy = null;
    escalatedAt = null;
    escalationNote = null;
    touch(by, now);
  }

  /** Refuses a change based on another version than the stored one. */
  public void requireVersion(long expected) {
    requireVersion(expected, kind().label() + " " + getId());
  }

  /** Records a revision of the entry's own fields: its owner now, and who changed it when. */
  protected void revised(Long ownerId, String by, Instant now) {
    this.ownerId = ownerId;
    touch(by, now);
  }

  protected void touch(String by, Instant now) {
    stampChanged(by, now);
  }

  protected static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** At most 120 characters of a long text, for a {@link #headline}. */
  protected static String shortened(String text) {
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  /** The kind's own texts besides its {@link #headline}, for the search across Cairn. */
  protected abstract String searchText();

  @Override
  public SearchEntry searchEntry() {
    return SearchEntry.of(
            SearchFields.KIND_RAID,
            "/projects/" + projectId + "/raid/" + kind().path() + "/" + getId(),
            headline(),
            searchText())
        .project(projectId)
        .type(kind())
        .yearMade(audit());
  }
}
