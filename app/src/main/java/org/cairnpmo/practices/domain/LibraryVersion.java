package org.cairnpmo.practices.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.practices.MethodStatus;

/**
 * One version of an entry of the PMO's library, a method or a project template. A draft changes
 * freely; once published it is frozen, and a change means a new version: a draft copy that retires
 * the published one when it is published in turn. Versions of one entry share a lineage, the id of
 * the first version. The rules are the same for every kind of entry; only the word for it ({@link
 * #noun}) differs in the refusals.
 */
@MappedSuperclass
@Getter
public abstract class LibraryVersion extends EditableRecord {

  private Long lineageId;
  private String name;
  private String description;
  private int revision;
  private Long previousId;

  @Enumerated(EnumType.STRING)
  private MethodStatus status;

  private Instant publishedAt;
  private String publishedBy;

  /** "method" or "template": the word for the entry in the refusals and their codes. */
  protected abstract String noun();

  /** Makes this the first draft of a new lineage. */
  protected void startDraft(String by, Instant now) {
    revision = 1;
    status = MethodStatus.DRAFT;
    stampCreated(by, now);
  }

  /**
   * Makes this the draft of the version after {@code published}, in its lineage; refused for a
   * draft (change it as it is) and a retired version (a newer one exists).
   */
  protected void startDraftAfter(LibraryVersion published, String by, Instant now) {
    String entry = "The " + published.noun() + " " + published.label();
    if (published.status == MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          published.noun() + "-draft", entry + " is a draft: change it as it is.");
    }
    if (published.status == MethodStatus.RETIRED) {
      throw new BusinessRuleException(
          published.noun() + "-retired",
          entry + " was replaced by a newer version; start from that one.");
    }
    lineageId = published.lineageId;
    revision = published.revision + 1;
    previousId = published.getId();
    status = MethodStatus.DRAFT;
    stampCreated(by, now);
  }

  /** The first version names its own lineage once it has an id. */
  public void startLineage() {
    if (lineageId == null) {
      lineageId = getId();
    }
  }

  /** Sets the name and description a change brings, stamped as changed by {@code by}. */
  protected void describe(String name, String description, String by, Instant now) {
    this.name = name;
    this.description = description;
    stampChanged(by, now);
  }

  /** Freezes the draft: from now on it is what the library offers. */
  public void publish(String by, Instant now) {
    requireDraft();
    status = MethodStatus.PUBLISHED;
    publishedAt = now;
    publishedBy = by;
    stampChanged(by, now);
  }

  /**
   * Publishes the draft and retires {@code previous}, the version it was copied from (none for a
   * first version).
   */
  public void publishReplacing(
      Optional<? extends LibraryVersion> previous, String by, Instant now) {
    publish(by, now);
    previous.ifPresent(p -> p.retire(by, now));
  }

  /**
   * Refuses (409 {@code <noun>-draft-exists}) to start a second draft from this version: {@code
   * draft} is the one already started from it, if any.
   */
  public void requireNoDraftAfter(Optional<? extends LibraryVersion> draft) {
    draft.ifPresent(
        d -> {
          throw new BusinessRuleException(
              noun() + "-draft-exists",
              "Version "
                  + d.getRevision()
                  + " of "
                  + name
                  + " was already started from this one; change that draft.");
        });
  }

  /** A newer version of the same entry was published. */
  public void retire(String by, Instant now) {
    if (status == MethodStatus.PUBLISHED) {
      status = MethodStatus.RETIRED;
      stampChanged(by, now);
    }
  }

  /** Refuses (409 {@code <noun>-frozen}) a change to a published or retired version. */
  public void requireDraft() {
    if (status != MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          noun() + "-frozen",
          "The "
              + noun()
              + " "
              + label()
              + " is "
              + status.label().toLowerCase(Locale.ROOT)
              + " and can no longer be changed. Create a new version of it and change that one.");
    }
  }

  public String label() {
    return "'" + name + "' (version " + revision + ")";
  }

  public boolean isDraft() {
    return status == MethodStatus.DRAFT;
  }
}
