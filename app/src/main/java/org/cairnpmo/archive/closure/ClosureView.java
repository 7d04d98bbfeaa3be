package org.cairnpmo.archive.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.projects.ProjectStatus;

/**
 * A project's closure as the caller sees it: the checklist with each item's state and why, what was
 * decided (waivers, sign-off, reopening), and what the caller may do. {@code version} is 0 before
 * anything was decided.
 */
public record ClosureView(
    long projectId,
    String projectCode,
    String projectName,
    ProjectStatus projectStatus,
    LocalDate finishedOn,
    ClosureState state,
    List<Item> items,
    boolean ready,
    String signedBy,
    Instant signedAt,
    String signOffNote,
    String reopenedBy,
    Instant reopenedAt,
    String reopenReason,
    long version,
    boolean mayStart,
    boolean mayWaive,
    boolean maySignOff,
    boolean mayReopen)
    implements Versioned {

  /** The key of the item the sign-off itself meets. */
  public static final String SPONSOR_ACCEPTANCE = "sponsor-acceptance";

  /** Whether the closure was started (or decided on) at all. */
  public boolean started() {
    return state != null;
  }

  /** Whether the project was closed in the register without a sign-off here. */
  public boolean closedWithoutSignOff() {
    return projectStatus == ProjectStatus.CLOSED && state != ClosureState.SIGNED_OFF;
  }

  /** The items neither met nor waived. */
  public List<Item> open() {
    return items.stream().filter(i -> !i.done() && !SPONSOR_ACCEPTANCE.equals(i.key())).toList();
  }

  /** One item of the checklist. */
  public record Item(
      String key,
      String label,
      boolean met,
      String detail,
      String fixPath,
      String waiverReason,
      String waivedBy,
      Instant waivedAt) {

    public boolean waived() {
      return waiverReason != null;
    }

    /** Met, or waived by the PMO. */
    public boolean done() {
      return met || waived();
    }

    /** The sign-off itself meets this item; it cannot be waived. */
    public boolean waivable() {
      return !SPONSOR_ACCEPTANCE.equals(key);
    }
  }
}
