package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.platform.Versioned;

/** A proposal as the caller may see it, with names resolved, its business case and its history. */
public record ProposalView(
    long id,
    String code,
    String title,
    String problem,
    String scope,
    long authorId,
    String authorName,
    Long sponsorId,
    String sponsorName,
    Long managerId,
    String managerName,
    Long departmentId,
    String departmentName,
    ProposalStatus status,
    String statusReason,
    BigDecimal discountRatePercent,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    List<ObjectiveLine> objectives,
    List<String> options,
    List<ProposalData.CostLine> costs,
    List<ProposalData.BenefitLine> benefits,
    List<RiskLine> risks,
    List<ProposalData.ResourceDemand> resourceDemand,
    List<DependencyLine> dependencies,
    Long criteriaSetId,
    String criteriaSetName,
    BigDecimal totalCost,
    BusinessCaseView businessCase,
    List<StatusChange> history,
    Instant submittedAt,
    Instant decidedAt,
    String decidedBy,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Set<ProposalStatus> allowedNextStatuses,
    Permissions permissions)
    implements Versioned.Entry {

  /** An objective the proposal serves and how much (1–5). */
  public record ObjectiveLine(long objectiveId, String name, int contribution) {}

  /** A risk and its exposure (probability × impact, 1–25). */
  public record RiskLine(String description, int probability, int impact) {
    public int exposure() {
      return probability * impact;
    }
  }

  /**
   * A dependency with a label a person can read. A proposal the reader may not see has no id and
   * the label {@link #HIDDEN_PROPOSAL}, so that it reveals neither its title nor that it exists.
   */
  public record DependencyLine(DependencyKind kind, Long id, String label, String note) {

    public static final String HIDDEN_PROPOSAL = "A proposal you cannot see";
  }

  /** One transition of the proposal: who moved it, when, and why. */
  public record StatusChange(
      Instant at, String by, ProposalStatus from, ProposalStatus to, String reason) {}

  /** What the caller may do with the proposal now. */
  public record Permissions(
      boolean edit,
      boolean submit,
      boolean withdraw,
      boolean triage,
      boolean approve,
      boolean assignScorers,
      boolean score,
      boolean seeScores) {}
}
