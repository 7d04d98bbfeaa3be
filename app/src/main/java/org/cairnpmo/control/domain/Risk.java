package org.cairnpmo.control.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A risk: something that may happen to the project. Its score is probability × impact (see {@link
 * RiskLevel}); it is OPEN until closed, or until it occurs, when it becomes an issue that keeps a
 * link back to it.
 */
@Entity
@KeepsHistory("risk")
@Indexed(index = "raid_risk")
@SearchRecordMapping(derivedFrom = {"title", "cause", "event", "effect"})
@Table(name = "ctl_risk")
@Getter
public class Risk extends RaidItem {

  private String title;
  private String cause;
  private String event;
  private String effect;
  private int probability;
  private int impact;
  private int score;
  private java.time.LocalDate proximityDate;

  @Enumerated(EnumType.STRING)
  private Proximity proximity;

  @Enumerated(EnumType.STRING)
  private ResponseStrategy strategy;

  private Integer residualProbability;
  private Integer residualImpact;

  @Enumerated(EnumType.STRING)
  private RiskStatus status;

  private Long issueId;

  @ElementCollection
  @CollectionTable(name = "ctl_risk_action", joinColumns = @JoinColumn(name = "risk_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<RiskAction> actions = new ArrayList<>();

  protected Risk() {}

  private Risk(long projectId, Long ownerId, String by, Instant now) {
    super(projectId, ownerId, by, now);
  }

  public static Risk log(long projectId, RiskData data, Long ownerId, String by, Instant now) {
    Risk risk = new Risk(projectId, ownerId, by, now);
    // Logged open, or closed for the record; OCCURRED only comes with the issue it turns into.
    if (data.status() == RiskStatus.OCCURRED) {
      throw InvalidInputException.of(
          "status",
          "Log a new risk as OPEN or CLOSED. A risk becomes OCCURRED when you turn it into an"
              + " issue (POST .../risks/{id}/occurrence).");
    }
    risk.status = data.status() == null ? RiskStatus.OPEN : data.status();
    risk.write(data);
    return risk;
  }

  public void revise(RiskData data, Long ownerId, String by, Instant now) {
    if (data.status() != null && data.status() != status) {
      if (data.status() == RiskStatus.OCCURRED) {
        throw InvalidInputException.of(
            "status", "A risk becomes 'occurred' by turning it into an issue.");
      }
      if (status == RiskStatus.OCCURRED && data.status() == RiskStatus.OPEN) {
        throw InvalidInputException.of(
            "status", "This risk occurred and became an issue; it cannot be reopened.");
      }
      status = data.status();
    }
    write(data);
    revised(ownerId, by, now);
  }

  /**
   * The risk happened: it becomes an issue (which the caller stores and links back with {@link
   * #linkIssue}) and is marked OCCURRED, or CLOSED if asked.
   */
  public Issue occur(OccurrenceData data, Long issueOwnerId, String by, Instant now) {
    if (status != RiskStatus.OPEN) {
      throw new BusinessRuleException(
          "risk-not-open",
          "Only an open risk can occur; this one is " + status.label().toLowerCase() + ".");
    }
    String issueTitle = data.title() == null || data.title().isBlank() ? title : data.title();
    String description =
        data.description() == null || data.description().isBlank() ? effect : data.description();
    IssueSeverity severity =
        data.severity() != null
            ? data.severity()
            : switch (level()) {
              case LOW -> IssueSeverity.LOW;
              case MEDIUM -> IssueSeverity.MEDIUM;
              case HIGH -> IssueSeverity.HIGH;
            };
    Issue issue =
        Issue.fromRisk(
            getProjectId(),
            getId(),
            issueTitle,
            description,
            severity,
            issueOwnerId,
            data.dueDate(),
            by,
            now);
    status = data.closeRisk() != null && data.closeRisk() ? RiskStatus.CLOSED : RiskStatus.OCCURRED;
    touch(by, now);
    return issue;
  }

  /** The status of an imported risk, OCCURRED included (its issue is imported on its own). */
  void importedStatus(RiskStatus status) {
    this.status = status;
  }

  public void linkIssue(long issueId) {
    this.issueId = issueId;
  }

  private void write(RiskData data) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.proximityDate() != null && data.proximity() != null) {
      problems.add(
          new FieldProblem(
              "proximity", "Give either a date or a rough proximity (near, mid, far), not both."));
    }
    if ((data.residualProbability() == null) != (data.residualImpact() == null)) {
      problems.add(
          new FieldProblem(
              data.residualProbability() == null ? "residualProbability" : "residualImpact",
              "Rate both the residual probability and the residual impact, or neither."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    title = data.title().strip();
    cause = clean(data.cause());
    event = clean(data.event());
    effect = clean(data.effect());
    probability = data.probability();
    impact = data.impact();
    score = RiskLevel.score(probability, impact);
    proximityDate = data.proximityDate();
    proximity = data.proximity();
    strategy = data.strategy();
    residualProbability = data.residualProbability();
    residualImpact = data.residualImpact();
    actions.clear();
    for (RiskData.ActionData a : data.actionsOrEmpty()) {
      actions.add(
          new RiskAction(a.text().strip(), a.ownerId(), a.dueDate(), a.done() != null && a.done()));
    }
  }

  public RiskLevel level() {
    return RiskLevel.of(score);
  }

  public Integer residualScore() {
    return residualProbability == null || residualImpact == null
        ? null
        : RiskLevel.score(residualProbability, residualImpact);
  }

  @Override
  public RaidKind kind() {
    return RaidKind.RISK;
  }

  @Override
  public String headline() {
    return title;
  }

  @Override
  public boolean isSettled() {
    return status != RiskStatus.OPEN;
  }

  public List<RiskAction> getActions() {
    return Collections.unmodifiableList(actions);
  }

  @Override
  protected String searchText() {
    return SearchFields.join(cause, event, effect);
  }
}
