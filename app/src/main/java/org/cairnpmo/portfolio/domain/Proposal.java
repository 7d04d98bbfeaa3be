package org.cairnpmo.portfolio.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecord;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.cairnpmo.portfolio.domain.ProposalLines.BenefitEntry;
import org.cairnpmo.portfolio.domain.ProposalLines.CostEntry;
import org.cairnpmo.portfolio.domain.ProposalLines.DemandEntry;
import org.cairnpmo.portfolio.domain.ProposalLines.DependencyEntry;
import org.cairnpmo.portfolio.domain.ProposalLines.ObjectiveLink;
import org.cairnpmo.portfolio.domain.ProposalLines.OptionText;
import org.cairnpmo.portfolio.domain.ProposalLines.RiskEntry;
import org.cairnpmo.portfolio.domain.ProposalLines.StatusChangeEntry;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A proposal for a project: what it is for, what it costs and returns, what it needs. Its author
 * shapes it as a draft and submits it; the PMO triages it, has it scored against the active
 * criteria set and approves, rejects or defers it. Every transition is guarded here and recorded.
 */
@Entity
@KeepsHistory("proposal")
@Indexed(index = "proposal")
@SearchRecordMapping(derivedFrom = {"title", "problem", "scope", "departmentId", "status"})
@Table(name = "proposal")
@Getter
public class Proposal extends AggregateRoot<Proposal> implements Audited, SearchRecord {

  public static final String DEFAULT_CURRENCY = "EUR";

  private String title;
  private String problem;
  private String scope;
  private long authorId;
  private Long sponsorId;
  private Long managerId;

  /** The project template the approval named; null when none. */
  private Long templateId;

  private Long departmentId;

  @Enumerated(EnumType.STRING)
  private ProposalStatus status;

  private String statusReason;
  private BigDecimal discountRatePercent;
  private String currency;
  private LocalDate plannedStart;
  private LocalDate plannedFinish;
  private Long criteriaSetId;
  private Instant submittedAt;
  private Instant decidedAt;
  private String decidedBy;

  @ElementCollection
  @CollectionTable(name = "proposal_objective", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<ObjectiveLink> objectives = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_option", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<OptionText> options = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_cost", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<CostEntry> costs = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_benefit", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<BenefitEntry> benefits = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_risk", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<RiskEntry> risks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "proposal_resource_demand",
      joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<DemandEntry> demand = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_dependency", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<DependencyEntry> dependencies = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "proposal_status_change", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<StatusChangeEntry> history = new ArrayList<>();

  @Version private long version;

  @Embedded private AuditStamp audit;

  protected Proposal() {}

  /** A new draft by {@code authorId}; only they shape it until it is submitted. */
  public static Proposal draft(ProposalData data, long authorId, String by, Instant now) {
    Proposal proposal = new Proposal();
    proposal.authorId = authorId;
    proposal.status = ProposalStatus.DRAFT;
    proposal.audit = AuditStamp.created(by, now);
    proposal.apply(data, by, now);
    return proposal;
  }

  /** Changes the content; only a draft can change. */
  public void revise(ProposalData data, String by, Instant now) {
    if (status != ProposalStatus.DRAFT) {
      throw new BusinessRuleException(
          "proposal-not-draft",
          "This proposal is "
              + status.label().toLowerCase(Locale.ROOT)
              + "; only a draft can be changed.");
    }
    apply(data, by, now);
  }

  private void apply(ProposalData data, String by, Instant now) {
    ProposalChecks.validate(data);
    title = data.title().trim();
    problem = Texts.blankToNull(data.problem());
    scope = Texts.blankToNull(data.scope());
    sponsorId = data.sponsorId();
    managerId = data.managerId();
    departmentId = data.departmentId();
    discountRatePercent =
        (data.discountRatePercent() == null
                ? BusinessCases.DEFAULT_DISCOUNT_RATE_PERCENT
                : data.discountRatePercent())
            .setScale(4, RoundingMode.HALF_UP);
    currency =
        data.currency() == null || data.currency().isBlank()
            ? DEFAULT_CURRENCY
            : data.currency().trim().toUpperCase(Locale.ROOT);
    plannedStart = data.plannedStart();
    plannedFinish = data.plannedFinish();
    objectives.clear();
    data.objectives()
        .forEach(o -> objectives.add(new ObjectiveLink(o.objectiveId(), o.contribution())));
    options.clear();
    data.options().stream()
        .filter(o -> o != null && !o.isBlank())
        .forEach(o -> options.add(new OptionText(o.trim())));
    costs.clear();
    data.costs().forEach(c -> costs.add(CostEntry.of(c)));
    benefits.clear();
    data.benefits().forEach(b -> benefits.add(BenefitEntry.of(b)));
    risks.clear();
    data.risks()
        .forEach(
            r -> risks.add(new RiskEntry(r.description().trim(), r.probability(), r.impact())));
    demand.clear();
    data.resourceDemand().forEach(d -> demand.add(DemandEntry.of(d)));
    dependencies.clear();
    data.dependencies()
        .forEach(
            d ->
                dependencies.add(
                    new DependencyEntry(d.kind(), d.id(), Texts.blankToNull(d.note()))));
    audit.touch(by, now);
  }

  /** The author hands the draft to the PMO; it needs a problem statement and its costs. */
  public void submit(String by, Instant now) {
    requireTransition(ProposalStatus.SUBMITTED);
    List<FieldProblem> missing = new ArrayList<>();
    if (problem == null) {
      missing.add(
          new FieldProblem("problem", "Describe the problem or opportunity before submitting."));
    }
    if (costs.isEmpty()) {
      missing.add(new FieldProblem("costs", "Enter the costs by period before submitting."));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    moveTo(ProposalStatus.SUBMITTED, null, by, now);
    submittedAt = now;
  }

  /** The author takes the proposal back; it stays on record as withdrawn. */
  public void withdraw(String reason, String by, Instant now) {
    moveTo(ProposalStatus.WITHDRAWN, Texts.blankToNull(reason), by, now);
    decidedAt = now;
    decidedBy = by;
  }

  /**
   * The PMO's triage: evaluate the proposal against {@code activeCriteriaSetId} (it stays bound to
   * the set it was first evaluated against), or reject or defer it with a reason.
   */
  public void triage(
      ProposalStatus outcome, String reason, Long activeCriteriaSetId, String by, Instant now) {
    if (outcome == null || !ProposalStatus.triageOutcomes().contains(outcome)) {
      throw InvalidInputException.of("outcome", "Choose UNDER_EVALUATION, REJECTED or DEFERRED.");
    }
    requireTransition(outcome);
    String why = Texts.blankToNull(reason);
    if (outcome != ProposalStatus.UNDER_EVALUATION && why == null) {
      throw InvalidInputException.of(
          "reason", "Say why, so that the author understands the decision.");
    }
    if (outcome == ProposalStatus.UNDER_EVALUATION && criteriaSetId == null) {
      if (activeCriteriaSetId == null) {
        throw new BusinessRuleException(
            "no-active-criteria-set",
            "There is no active criteria set to evaluate against. Activate one on the strategy"
                + " page first.");
      }
      criteriaSetId = activeCriteriaSetId;
    }
    moveTo(outcome, why, by, now);
    if (outcome != ProposalStatus.UNDER_EVALUATION) {
      decidedAt = now;
      decidedBy = by;
    }
  }

  /**
   * The PMO approves the proposal; the project register takes it up from the event. The project
   * needs a manager: the one the approval names, else the one the proposal named; without either
   * the PMO must say that it appoints one later ({@code appointLater}), so that a project without a
   * manager is a decision, never an oversight.
   */
  public void approve(String reason, Long manager, boolean appointLater, String by, Instant now) {
    approve(reason, manager, appointLater, null, by, now);
  }

  /** As above, naming the project template the project starts from (null: none). */
  public void approve(
      String reason, Long manager, boolean appointLater, Long template, String by, Instant now) {
    requireTransition(ProposalStatus.APPROVED);
    if (manager == null && managerId == null && !appointLater) {
      throw InvalidInputException.of(
          "managerId", "Name the project manager, or choose to appoint one later.");
    }
    if (manager != null) {
      managerId = manager;
    }
    templateId = template;
    moveTo(ProposalStatus.APPROVED, Texts.blankToNull(reason), by, now);
    decidedAt = now;
    decidedBy = by;
    registerEvent(ApprovalEvents.approved(this));
  }

  private void requireTransition(ProposalStatus target) {
    if (!status.canMoveTo(target)) {
      throw new BusinessRuleException(
          "invalid-transition",
          "A proposal cannot go from "
              + status.label()
              + " to "
              + target.label()
              + "."
              + (status.isFinal()
                  ? " It is " + status.label().toLowerCase(Locale.ROOT) + ", which is final."
                  : " Allowed next: "
                      + String.join(
                          ", ", status.next().stream().map(ProposalStatus::label).toList())
                      + "."));
    }
  }

  private void moveTo(ProposalStatus target, String reason, String by, Instant now) {
    requireTransition(target);
    history.add(new StatusChangeEntry(now, by, status, target, reason));
    status = target;
    statusReason = reason;
    audit.touch(by, now);
  }

  /** The human-readable code, from the id: PRO-0042. */
  public String code() {
    return codeOf(getId());
  }

  public static String codeOf(Long id) {
    return id == null ? null : String.format(Locale.ROOT, "PRO-%04d", id);
  }

  /** Capex plus opex over all periods, undiscounted. */
  public BigDecimal totalCost() {
    return ProposalLines.totalCost(costs);
  }

  public BusinessCaseView businessCase() {
    return BusinessCases.evaluate(costLines(), benefitLines(), discountRatePercent, currency);
  }

  /** The planned start, or else the first day of the earliest cost or benefit period. */
  public Optional<LocalDate> plannedStartOrSpan() {
    return Optional.ofNullable(plannedStart).or(() -> ProposalLines.firstDay(costs, benefits));
  }

  /** The planned finish, or else the last day of the latest cost or benefit period. */
  public Optional<LocalDate> plannedFinishOrSpan() {
    return Optional.ofNullable(plannedFinish).or(() -> ProposalLines.lastDay(costs, benefits));
  }

  public boolean isAuthoredBy(long userId) {
    return authorId == userId;
  }

  public boolean isSponsoredBy(long userId) {
    return sponsorId != null && sponsorId == userId;
  }

  public ProposalData toData() {
    return new ProposalData(
        title,
        problem,
        scope,
        sponsorId,
        managerId,
        departmentId,
        discountRatePercent == null ? null : discountRatePercent.stripTrailingZeros(),
        currency,
        plannedStart,
        plannedFinish,
        objectiveLines(),
        optionTexts(),
        costLines(),
        benefitLines(),
        riskLines(),
        demandLines(),
        dependencyLines(),
        version);
  }

  public List<ProposalData.ObjectiveContribution> objectiveLines() {
    return objectives.stream().map(ObjectiveLink::line).toList();
  }

  public List<String> optionTexts() {
    return options.stream().map(OptionText::text).toList();
  }

  public List<ProposalData.CostLine> costLines() {
    return costs.stream().map(CostEntry::line).toList();
  }

  public List<ProposalData.BenefitLine> benefitLines() {
    return benefits.stream().map(BenefitEntry::line).toList();
  }

  public List<ProposalData.Risk> riskLines() {
    return risks.stream().map(RiskEntry::line).toList();
  }

  public List<ProposalData.ResourceDemand> demandLines() {
    return demand.stream().map(DemandEntry::line).toList();
  }

  public List<ProposalData.Dependency> dependencyLines() {
    return dependencies.stream().map(DependencyEntry::line).toList();
  }

  List<StatusChangeEntry> historyEntries() {
    return List.copyOf(history);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }

  @Override
  public SearchEntry searchEntry() {
    return SearchEntry.of(
            SearchFields.KIND_PROPOSAL,
            "/proposals/" + getId(),
            title,
            SearchFields.join(problem, scope))
        .proposal(getId())
        .department(departmentId)
        .type(status)
        .yearMade(audit);
  }
}
