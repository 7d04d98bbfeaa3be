package org.cairnpmo.portfolio.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/** A selection scenario; once committed it never changes again. */
@Entity
@KeepsHistory("scenario")
@Table(name = "selection_scenario")
class Scenario extends EditableRecord {

  enum Status {
    OPEN,
    COMMITTED
  }

  @Getter(AccessLevel.PACKAGE)
  private String name;

  @Getter(AccessLevel.PACKAGE)
  private String description;

  @Getter(AccessLevel.PACKAGE)
  private String definition;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Getter(AccessLevel.PACKAGE)
  private Long committedRunId;

  @Getter(AccessLevel.PACKAGE)
  private String committedBy;

  @Getter(AccessLevel.PACKAGE)
  private Instant committedAt;

  @Getter(AccessLevel.PACKAGE)
  private String rationale;

  @Getter(AccessLevel.PACKAGE)
  private String unscoredProposals;

  @Getter(AccessLevel.PACKAGE)
  private String unscoredReason;

  protected Scenario() {}

  static Scenario define(
      String name, String description, String definition, String by, Instant now) {
    Scenario s = new Scenario();
    s.status = Status.OPEN;
    s.stampCreated(by, now);
    s.apply(name, description, definition, by, now);
    return s;
  }

  void revise(String newName, String newDescription, String newDefinition, String by, Instant now) {
    requireOpen();
    apply(newName, newDescription, newDefinition, by, now);
  }

  private void apply(
      String newName, String newDescription, String newDefinition, String by, Instant now) {
    name = newName.trim();
    description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
    definition = newDefinition;
    stampChanged(by, now);
  }

  void requireOpen() {
    if (status == Status.COMMITTED) {
      throw new BusinessRuleException(
          "scenario-committed",
          "Scenario '"
              + name
              + "' was committed on "
              + committedAt
              + " and cannot change any more.");
    }
  }

  /**
   * Records the decision; the caller approves the selected proposals in the same transaction.
   * Selected proposals without a score are named with the reason for deciding without it, which
   * must then be given.
   */
  void commit(
      SelectionRun run,
      String why,
      java.util.List<String> unscored,
      String unscoredWhy,
      String by,
      Instant now) {
    requireOpen();
    if (run.getStatus() != RunStatus.DONE) {
      throw new BusinessRuleException(
          "run-not-done",
          "Only a finished run can be committed; run "
              + run.getId()
              + " is "
              + run.getStatus()
              + ".");
    }
    if (!unscored.isEmpty() && (unscoredWhy == null || unscoredWhy.isBlank())) {
      throw new BusinessRuleException(
          "missing-scores",
          String.join(", ", unscored)
              + (unscored.size() == 1 ? " has" : " have")
              + " no score yet. Give the reason for committing without "
              + (unscored.size() == 1 ? "its score" : "their scores")
              + ", or score "
              + (unscored.size() == 1 ? "it" : "them")
              + " first.");
    }
    status = Status.COMMITTED;
    committedRunId = run.getId();
    unscoredProposals = unscored.isEmpty() ? null : String.join(", ", unscored);
    unscoredReason = unscored.isEmpty() ? null : unscoredWhy.trim();
    committedBy = by;
    committedAt = now;
    rationale = why.trim();
    stampChanged(by, now);
  }

  boolean isCommitted() {
    return status == Status.COMMITTED;
  }

  /** Whether this scenario was committed with that run. */
  boolean committedWith(SelectionRun run) {
    return isCommitted() && run.getId().equals(committedRunId);
  }
}
