package org.cairnpmo.portfolio.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.ProjectTemplateCatalog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake use cases: propose, shape the draft, submit, triage, approve, withdraw. Anyone signed in
 * may propose; a proposal is seen by its author, its sponsor, its scorers, and by the PMO,
 * administrators and executives; anyone else is told it does not exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProposalService {

  /** Sortable columns as callers name them, mapped to entity attributes. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "code", "id",
          "title", "title",
          "status", "status",
          "createdAt", "audit.createdAt",
          "updatedAt", "audit.lastChange.updatedAt");

  private final ProposalRepository proposals;
  private final CriteriaSetRepository sets;
  private final ScoreSheetRepository sheets;
  private final StrategicObjectiveRepository objectives;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<ProjectTemplateCatalog>
      templateCatalog;

  @Transactional(readOnly = true)
  public Page<ProposalSummary> search(
      ProposalFilter filter, Pageable pageable, CurrentUser viewer) {
    Page<Proposal> page =
        proposals.findAll(ProposalSearch.matching(filter, viewer), sanitize(pageable));
    DisplayNames names = names(page.getContent());
    return page.map(p -> summary(p, names));
  }

  @Transactional(readOnly = true)
  public ProposalView get(long id, CurrentUser viewer) {
    return view(visible(id, viewer), viewer);
  }

  @Transactional(readOnly = true)
  public BusinessCaseView businessCase(long id, CurrentUser viewer) {
    return visible(id, viewer).businessCase();
  }

  @Transactional(readOnly = true)
  public ProposalData dataForEdit(long id, CurrentUser editor) {
    Proposal proposal = visible(id, editor);
    requireAuthor(proposal, editor);
    return proposal.toData();
  }

  @Transactional
  public ProposalView create(ProposalData data, CurrentUser author) {
    checkReferences(data, null, List.of(), author);
    Proposal proposal =
        proposals.saveAndFlush(
            Proposal.draft(data, author.id(), author.username(), clock.instant()));
    return view(proposal, author);
  }

  @Transactional
  public ProposalView revise(long id, ProposalData data, long expectedVersion, CurrentUser editor) {
    Proposal proposal = visible(id, editor);
    requireAuthor(proposal, editor);
    Versions.require("Proposal " + proposal.code(), expectedVersion, proposal.getVersion());
    checkReferences(data, proposal.getId(), proposal.dependencyLines(), editor);
    proposal.revise(data, editor.username(), clock.instant());
    proposals.saveAndFlush(proposal);
    return view(proposal, editor);
  }

  @Transactional
  public ProposalView submit(long id, long expectedVersion, CurrentUser author) {
    Proposal proposal = visible(id, author);
    requireAuthor(proposal, author);
    Versions.require("Proposal " + proposal.code(), expectedVersion, proposal.getVersion());
    proposal.submit(author.username(), clock.instant());
    proposals.saveAndFlush(proposal);
    return view(proposal, author);
  }

  @Transactional
  public ProposalView withdraw(long id, String reason, long expectedVersion, CurrentUser by) {
    Proposal proposal = visible(id, by);
    if (!proposal.isAuthoredBy(by.id()) && !PortfolioAccess.governs(by)) {
      throw new AccessDeniedException("Only the author or the PMO withdraws a proposal");
    }
    Versions.require("Proposal " + proposal.code(), expectedVersion, proposal.getVersion());
    proposal.withdraw(reason, by.username(), clock.instant());
    proposals.saveAndFlush(proposal);
    return view(proposal, by);
  }

  /**
   * The PMO's triage. Evaluation binds the proposal to the active criteria set, which is frozen
   * from then on.
   */
  @Transactional
  public ProposalView triage(long id, TriageData data, long expectedVersion, CurrentUser by) {
    Proposal proposal = visible(id, by);
    requireGoverns(by);
    Versions.require("Proposal " + proposal.code(), expectedVersion, proposal.getVersion());
    Optional<CriteriaSet> active = sets.findFirstByStatus(CriteriaSetStatus.ACTIVE);
    proposal.triage(
        data.outcome(),
        data.reason(),
        active.map(CriteriaSet::getId).orElse(null),
        by.username(),
        clock.instant());
    if (proposal.getStatus() == ProposalStatus.UNDER_EVALUATION) {
      CriteriaSet bound =
          sets.findById(proposal.getCriteriaSetId())
              .orElseThrow(
                  () -> new NotFoundException("Criteria set", proposal.getCriteriaSetId()));
      bound.freeze();
    }
    proposals.saveAndFlush(proposal);
    return view(proposal, by);
  }

  /**
   * Approves a proposal under evaluation as part of a decision of the caller's own (a committed
   * selection scenario): the proposal's own manager goes with it, or none, to be appointed later.
   * {@code expectedVersion} may be null for callers that approve many proposals at once.
   */
  @Transactional
  public ProposalView approve(long id, String reason, Long expectedVersion, CurrentUser by) {
    return approve(id, new ApprovalData(reason, null, true, expectedVersion), expectedVersion, by);
  }

  /**
   * Approves a proposal under evaluation; {@code ProposalApproved} follows, and the project
   * register takes it up. The approval names the project manager, keeps the one the proposal named,
   * or says explicitly that one is appointed later.
   */
  @Transactional
  public ProposalView approve(
      long id, ApprovalData approval, Long expectedVersion, CurrentUser by) {
    Proposal proposal = visible(id, by);
    requireGoverns(by);
    if (expectedVersion != null) {
      Versions.require("Proposal " + proposal.code(), expectedVersion, proposal.getVersion());
    }
    Long manager = approval.managerId();
    if (manager != null && identity.user(manager).filter(UserSummary::enabled).isEmpty()) {
      throw InvalidInputException.of("managerId", noActivePerson(manager));
    }
    Long template = approval.templateId();
    if (template != null
        && templateCatalog.stream()
            .flatMap(c -> c.usableTemplates().stream())
            .noneMatch(t -> t.id() == template)) {
      throw InvalidInputException.of("templateId", "Choose a published project template, or none.");
    }
    proposal.approve(
        approval.reason(),
        manager,
        Boolean.TRUE.equals(approval.appointLater()),
        template,
        by.username(),
        clock.instant());
    proposals.saveAndFlush(proposal);
    return view(proposal, by);
  }

  static String noActivePerson(long id) {
    return "There is no active person with id " + id + ".";
  }

  /** Every proposal in one of {@code statuses}, for portfolio selection; PMO and executives. */
  @Transactional(readOnly = true)
  public List<Proposal> inStatus(Collection<ProposalStatus> statuses, CurrentUser viewer) {
    if (!PortfolioAccess.readsAll(viewer)) {
      throw new AccessDeniedException("Only the PMO and executives read the whole portfolio");
    }
    return proposals.findByStatusIn(statuses);
  }

  /** The proposals with these ids, whatever their status (PMO, administrators, executives). */
  @Transactional(readOnly = true)
  public List<Proposal> byIds(Collection<Long> ids, CurrentUser viewer) {
    if (!PortfolioAccess.readsAll(viewer)) {
      throw new AccessDeniedException("Only the PMO and executives read the whole portfolio");
    }
    return proposals.findAllById(ids);
  }

  /**
   * The ids of the proposals {@code viewer} may read, by the same rule as every list; empty when
   * they read the whole portfolio (no list to filter by).
   */
  @Transactional(readOnly = true)
  public java.util.Optional<java.util.Set<Long>> readableIds(CurrentUser viewer) {
    if (PortfolioAccess.readsAll(viewer)) {
      return java.util.Optional.empty();
    }
    java.util.Set<Long> ids = new java.util.HashSet<>();
    proposals
        .findAll(ProposalSearch.matching(ProposalFilter.none(), viewer))
        .forEach(p -> ids.add(p.getId()));
    return java.util.Optional.of(ids);
  }

  // ---- rules ------------------------------------------------------------------------------

  Proposal visible(long id, CurrentUser viewer) {
    Proposal proposal =
        proposals.findById(id).orElseThrow(() -> new NotFoundException("Proposal", id));
    if (!canView(proposal, viewer)) {
      throw new NotFoundException("Proposal", id);
    }
    return proposal;
  }

  boolean canView(Proposal proposal, CurrentUser viewer) {
    return PortfolioAccess.readsAll(viewer)
        || proposal.isAuthoredBy(viewer.id())
        || proposal.isSponsoredBy(viewer.id())
        || sheets.existsByProposalIdAndScorerId(proposal.getId(), viewer.id());
  }

  private static void requireAuthor(Proposal proposal, CurrentUser user) {
    if (!proposal.isAuthoredBy(user.id())) {
      throw new AccessDeniedException("Only the author shapes a proposal");
    }
  }

  static void requireGoverns(CurrentUser user) {
    if (!PortfolioAccess.governs(user)) {
      throw new AccessDeniedException("Only the PMO and administrators decide on proposals");
    }
  }

  /**
   * The proposal's own rules and its references to people, departments and other records. A new
   * dependency on a proposal the author may not see is refused exactly as one on an unknown id, so
   * that naming ids reveals nothing; one already recorded stays, as the author saw it then.
   */
  private void checkReferences(
      ProposalData data, Long self, List<ProposalData.Dependency> recorded, CurrentUser author) {
    List<FieldProblem> problems = new ArrayList<>();
    try {
      ProposalChecks.validate(data);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (data.sponsorId() != null && identity.user(data.sponsorId()).isEmpty()) {
      problems.add(new FieldProblem("sponsorId", "This person does not exist."));
    }
    if (data.managerId() != null
        && identity.user(data.managerId()).filter(UserSummary::enabled).isEmpty()) {
      problems.add(new FieldProblem("managerId", noActivePerson(data.managerId())));
    }
    if (data.departmentId() != null && organization.department(data.departmentId()).isEmpty()) {
      problems.add(new FieldProblem("departmentId", "This department does not exist."));
    }
    List<ProposalData.ObjectiveContribution> links = data.objectives();
    Set<Long> known =
        objectives
            .findAllById(
                links.stream()
                    .map(ProposalData.ObjectiveContribution::objectiveId)
                    .filter(java.util.Objects::nonNull)
                    .toList())
            .stream()
            .map(StrategicObjective::getId)
            .collect(Collectors.toSet());
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).objectiveId() != null && !known.contains(links.get(i).objectiveId())) {
        problems.add(
            new FieldProblem(
                "objectives[" + i + "].objectiveId", "This objective does not exist."));
      }
    }
    List<ProposalData.Dependency> deps = data.dependencies();
    for (int i = 0; i < deps.size(); i++) {
      ProposalData.Dependency d = deps.get(i);
      if (d.kind() == DependencyKind.PROPOSAL && d.id() != null) {
        if (d.id().equals(self)) {
          problems.add(
              new FieldProblem(
                  "dependencies[" + i + "].id", "A proposal cannot depend on itself."));
        } else if (recorded.stream()
                .noneMatch(r -> r.kind() == DependencyKind.PROPOSAL && d.id().equals(r.id()))
            && proposals.findById(d.id()).filter(p -> canView(p, author)).isEmpty()) {
          problems.add(
              new FieldProblem("dependencies[" + i + "].id", "There is no proposal with this id."));
        }
      }
      // Projects belong to the project register; they are referred to by id only.
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static Pageable sanitize(Pageable pageable) {
    int size = Math.min(Math.max(pageable.getPageSize(), 1), Paging.MAX_SIZE);
    List<Sort.Order> orders = Paging.sortOrders(pageable.getSort(), SORTABLE);
    if (orders.isEmpty()) {
      orders.add(Sort.Order.desc(SORTABLE.get("updatedAt")));
    }
    orders.add(Sort.Order.desc("id"));
    return PageRequest.of(pageable.getPageNumber(), size, Sort.by(orders));
  }

  // ---- views ------------------------------------------------------------------------------

  DisplayNames names(Collection<Proposal> list) {
    Set<Long> people = new HashSet<>();
    for (Proposal p : list) {
      people.add(p.getAuthorId());
      if (p.getSponsorId() != null) people.add(p.getSponsorId());
      if (p.getManagerId() != null) people.add(p.getManagerId());
    }
    return new DisplayNames(identity.usersByIds(people), organization.departmentsById());
  }

  static ProposalSummary summary(Proposal p, DisplayNames names) {
    BusinessCaseView bc = p.businessCase();
    return new ProposalSummary(
        p.getId(),
        p.code(),
        p.getTitle(),
        p.getStatus(),
        p.getAuthorId(),
        names.person(p.getAuthorId()),
        names.person(p.getSponsorId()),
        names.department(p.getDepartmentId()),
        p.totalCost(),
        bc.available() ? bc.npv() : null,
        p.getCurrency(),
        p.getUpdatedAt(),
        p.getVersion());
  }

  ProposalView view(Proposal p, CurrentUser viewer) {
    DisplayNames names = names(List.of(p));
    Map<Long, String> objectiveNames =
        objectives
            .findAllById(
                p.objectiveLines().stream()
                    .map(ProposalData.ObjectiveContribution::objectiveId)
                    .toList())
            .stream()
            .collect(Collectors.toMap(StrategicObjective::getId, StrategicObjective::getName));
    Map<Long, Proposal> dependsOn =
        proposals
            .findAllById(
                p.dependencyLines().stream()
                    .filter(d -> d.kind() == DependencyKind.PROPOSAL)
                    .map(ProposalData.Dependency::id)
                    .toList())
            .stream()
            .filter(x -> canView(x, viewer))
            .collect(Collectors.toMap(Proposal::getId, Function.identity()));
    String setName =
        p.getCriteriaSetId() == null
            ? null
            : sets.findById(p.getCriteriaSetId()).map(CriteriaSet::getName).orElse(null);
    boolean governs = PortfolioAccess.governs(viewer);
    boolean author = p.isAuthoredBy(viewer.id());
    boolean scorer =
        sheets
            .findByProposalIdAndScorerId(p.getId(), viewer.id())
            .map(s -> !s.isSubmitted())
            .orElse(false);
    ProposalStatus status = p.getStatus();
    ProposalView.Permissions permissions =
        new ProposalView.Permissions(
            author && status == ProposalStatus.DRAFT,
            author && status == ProposalStatus.DRAFT,
            (author || governs) && status.canMoveTo(ProposalStatus.WITHDRAWN),
            governs && ProposalStatus.triageOutcomes().stream().anyMatch(status::canMoveTo),
            governs && status.canMoveTo(ProposalStatus.APPROVED),
            governs && status == ProposalStatus.UNDER_EVALUATION,
            scorer && status == ProposalStatus.UNDER_EVALUATION,
            PortfolioAccess.readsAll(viewer) && p.getCriteriaSetId() != null);
    return new ProposalView(
        p.getId(),
        p.code(),
        p.getTitle(),
        p.getProblem(),
        p.getScope(),
        p.getAuthorId(),
        names.person(p.getAuthorId()),
        p.getSponsorId(),
        names.person(p.getSponsorId()),
        p.getManagerId(),
        names.person(p.getManagerId()),
        p.getDepartmentId(),
        names.department(p.getDepartmentId()),
        status,
        p.getStatusReason(),
        p.getDiscountRatePercent() == null ? null : p.getDiscountRatePercent().stripTrailingZeros(),
        p.getCurrency(),
        p.getPlannedStart(),
        p.getPlannedFinish(),
        p.objectiveLines().stream()
            .map(
                o ->
                    new ProposalView.ObjectiveLine(
                        o.objectiveId(),
                        objectiveNames.getOrDefault(o.objectiveId(), "#" + o.objectiveId()),
                        o.contribution()))
            .toList(),
        p.optionTexts(),
        p.costLines(),
        p.benefitLines(),
        p.riskLines().stream()
            .map(r -> new ProposalView.RiskLine(r.description(), r.probability(), r.impact()))
            .toList(),
        p.demandLines(),
        p.dependencyLines().stream()
            .map(
                d ->
                    new ProposalView.DependencyLine(
                        d.kind(),
                        d.kind() == DependencyKind.PROPOSAL && !dependsOn.containsKey(d.id())
                            ? null
                            : d.id(),
                        d.kind() == DependencyKind.PROPOSAL
                            ? Optional.ofNullable(dependsOn.get(d.id()))
                                .map(x -> x.code() + " " + x.getTitle())
                                .orElse(ProposalView.DependencyLine.HIDDEN_PROPOSAL)
                            : "Project #" + d.id(),
                        d.note()))
            .toList(),
        p.getCriteriaSetId(),
        setName,
        p.totalCost(),
        p.businessCase(),
        p.historyEntries().stream()
            .map(
                h ->
                    new ProposalView.StatusChange(
                        h.changedAt(), h.changedBy(), h.fromStatus(), h.toStatus(), h.reason()))
            .toList(),
        p.getSubmittedAt(),
        p.getDecidedAt(),
        p.getDecidedBy(),
        p.getVersion(),
        p.getCreatedAt(),
        p.getCreatedBy(),
        p.getUpdatedAt(),
        p.getUpdatedBy(),
        status.next(),
        permissions);
  }
}
