package org.cairnpmo.archive.closure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * The closure of one project: what people decided about it (waivers, the sign-off, a reopening).
 * The checklist's items are computed from the owning modules' data whenever it is shown, so they
 * are never stale; only decisions are kept here. A reopened project keeps its closure, back in
 * preparation, with its waivers and the last reopening's reason.
 */
@KeepsHistory("closure")
@Entity
@Table(name = "arc_closure")
@Getter
public class Closure extends GeneratedId {

  private long projectId;

  @Enumerated(EnumType.STRING)
  private ClosureState state;

  private Instant startedAt;
  private String startedBy;
  private Long signedById;
  private String signedBy;
  private Instant signedAt;
  private String signOffNote;
  private String reopenedBy;
  private Instant reopenedAt;
  private String reopenReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "arc_closure_waiver", joinColumns = @JoinColumn(name = "closure_id"))
  private List<Waiver> waivers = new ArrayList<>();

  @Version private long version;

  protected Closure() {}

  static Closure start(long projectId, String by, Instant now) {
    Closure closure = new Closure();
    closure.projectId = projectId;
    closure.state = ClosureState.PREPARING;
    closure.startedBy = by;
    closure.startedAt = now;
    return closure;
  }

  public boolean isSignedOff() {
    return state == ClosureState.SIGNED_OFF;
  }

  public Optional<Waiver> waiver(String itemKey) {
    return waivers.stream().filter(w -> w.getItemKey().equals(itemKey)).findFirst();
  }

  /** Waives an item (again: the newer reason replaces the older one). */
  void waive(String itemKey, String reason, String by, Instant now) {
    requirePreparing();
    waivers.removeIf(w -> w.getItemKey().equals(itemKey));
    waivers.add(new Waiver(itemKey, reason, by, now));
  }

  /** Withdraws a waiver: the item counts on its own again. */
  void withdrawWaiver(String itemKey) {
    requirePreparing();
    waivers.removeIf(w -> w.getItemKey().equals(itemKey));
  }

  void signOff(long byId, String by, String note, Instant now) {
    requirePreparing();
    state = ClosureState.SIGNED_OFF;
    signedById = byId;
    signedBy = by;
    signedAt = now;
    signOffNote = note;
  }

  /**
   * The project was reopened: the closure is prepared again, waivers kept. Also for a project
   * closed in the register without a sign-off, whose closure starts so.
   */
  void reopen(String by, String reason, Instant now) {
    state = ClosureState.PREPARING;
    reopenedBy = by;
    reopenedAt = now;
    reopenReason = reason;
  }

  private void requirePreparing() {
    if (isSignedOff()) {
      throw new BusinessRuleException(
          "closure-signed-off",
          "The closure was signed off by "
              + signedBy
              + " on "
              + signedAt
              + "; the PMO reopens the project first.");
    }
  }

  /** The version the API hands out: 0 before anything is stored, then the stored one plus 1. */
  public long apiVersion() {
    return version + 1;
  }
}
