package org.cairnpmo.portfolio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * One scorer's ratings of one proposal against the criteria set the proposal is bound to. The
 * scorer fills it in and submits it; a submitted sheet no longer changes.
 */
@Entity
@KeepsHistory("score-sheet")
@Table(name = "score_sheet")
@Getter
public class ScoreSheet extends GeneratedId {

  private long proposalId;
  private long scorerId;
  private long criteriaSetId;

  @Enumerated(EnumType.STRING)
  private ScoreSheetStatus status;

  private Instant assignedAt;
  private String assignedBy;
  private Instant submittedAt;

  @ElementCollection
  @CollectionTable(name = "score_entry", joinColumns = @JoinColumn(name = "score_sheet_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<ScoreEntry> scores = new ArrayList<>();

  @Version private long version;

  protected ScoreSheet() {}

  public static ScoreSheet assign(
      long proposalId, long scorerId, long criteriaSetId, String by, Instant now) {
    ScoreSheet sheet = new ScoreSheet();
    sheet.proposalId = proposalId;
    sheet.scorerId = scorerId;
    sheet.criteriaSetId = criteriaSetId;
    sheet.status = ScoreSheetStatus.OPEN;
    sheet.assignedAt = now;
    sheet.assignedBy = by;
    return sheet;
  }

  /**
   * Records ratings (replacing earlier ones); each must be on its criterion's scale. {@code
   * criteria} are the bound set's criteria by id.
   */
  public void record(List<ScoreSheetData.Entry> entries, Map<Long, Criterion> criteria) {
    requireOpen();
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, ScoreEntry> next = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ScoreSheetData.Entry entry = entries.get(i);
      Criterion criterion = criteria.get(entry.criterionId());
      String prefix = "scores[" + i + "].";
      if (criterion == null) {
        problems.add(
            new FieldProblem(
                prefix + "criterionId", "Not a criterion of the set this proposal is scored on."));
        continue;
      }
      if (entry.value() != null
          && (entry.value() < criterion.getScaleMin() || entry.value() > criterion.getScaleMax())) {
        problems.add(
            new FieldProblem(
                prefix + "value",
                criterion.getName()
                    + " is rated from "
                    + criterion.getScaleMin()
                    + " to "
                    + criterion.getScaleMax()
                    + "."));
        continue;
      }
      String comment = Texts.blankToNull(entry.comment());
      if (next.containsKey(criterion.getId())) {
        problems.add(new FieldProblem(prefix + "criterionId", "This criterion is rated twice."));
        continue;
      }
      if (entry.value() != null || comment != null) {
        next.put(criterion.getId(), new ScoreEntry(criterion.getId(), entry.value(), comment));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    scores.clear();
    scores.addAll(next.values());
  }

  /** Hands the sheet in; every criterion must be rated. */
  public void submit(List<Criterion> criteria, Instant now) {
    requireOpen();
    Set<Long> rated = new HashSet<>();
    scores.stream().filter(s -> s.value() != null).forEach(s -> rated.add(s.criterionId()));
    List<FieldProblem> missing = new ArrayList<>();
    for (Criterion criterion : criteria) {
      if (!rated.contains(criterion.getId())) {
        missing.add(
            new FieldProblem(
                "scores", "Rate " + criterion.getName() + " before submitting your scores."));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    status = ScoreSheetStatus.SUBMITTED;
    submittedAt = now;
  }

  private void requireOpen() {
    if (status != ScoreSheetStatus.OPEN) {
      throw new BusinessRuleException(
          "scores-submitted", "These scores have been submitted and can no longer change.");
    }
  }

  /** The ratings by criterion id. */
  public Map<Long, ScoreEntry> byCriterion() {
    Map<Long, ScoreEntry> map = new LinkedHashMap<>();
    scores.forEach(s -> map.put(s.criterionId(), s));
    return map;
  }

  public boolean isSubmitted() {
    return status == ScoreSheetStatus.SUBMITTED;
  }

  public long getVersion() {
    return version;
  }
}
