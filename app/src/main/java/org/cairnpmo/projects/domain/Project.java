package org.cairnpmo.projects.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.PastRecords;
import org.cairnpmo.platform.PlannedDates;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecord;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectFrozenException;
import org.cairnpmo.projects.ProjectRevised;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectStatusChanged;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProposalOrigin;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A project in the register. Its rules (dates, budget, status transitions) live here. */
@Entity
@Indexed(index = "project")
@SearchRecordMapping(
    derivedFrom = {"name", "code", "description", "departmentId", "category", "plannedStart"})
@Table(name = "project")
@Getter
public class Project extends AggregateRoot<Project> implements Audited, SearchRecord {

  public static final String DEFAULT_CURRENCY = "EUR";

  private String code;
  private String name;
  private String description;
  private Long departmentId;
  private Long sponsorId;
  private Long managerId;

  @Enumerated(EnumType.STRING)
  private ProjectCategory category;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @Getter(AccessLevel.NONE)
  private int priorityRank;

  @Enumerated(EnumType.STRING)
  private ProjectStatus status;

  private LocalDate plannedStart;
  private LocalDate plannedFinish;
  private BigDecimal budgetAmount;
  private String budgetCurrency;
  private boolean confidential;

  @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
  @Getter(AccessLevel.NONE)
  private List<ProjectMember> members = new ArrayList<>();

  @Version private long version;

  @Embedded private AuditStamp audit;
  private LocalDate finishedOn;

  @Getter(AccessLevel.NONE)
  private Long originProposalId;

  @Getter(AccessLevel.NONE)
  private String originProposalCode;

  protected Project() {}

  /** Registers a new project, as a proposal or as work already under way. */
  public static Project register(ProjectData data, String by, Instant now) {
    ProjectStatus initial = data.status() == null ? ProjectStatus.PROPOSED : data.status();
    if (!initial.isInitial()) {
      throw InvalidInputException.of(
          "status", "A new project starts as Proposed or Active, not " + initial.label() + ".");
    }
    Project project = new Project();
    project.status = initial;
    project.audit = AuditStamp.created(by, now);
    project.apply(data, by, now);
    return project;
  }

  /** Registers the project an approved proposal becomes; it remembers the proposal. */
  public static Project registerFrom(
      ProposalOrigin origin, ProjectData data, String by, Instant now) {
    Project project = register(data, by, now);
    project.originProposalId = origin.proposalId();
    project.originProposalCode = origin.proposalCode();
    return project;
  }

  /** Applies an edit. A status change must be one the lifecycle allows. */
  public void revise(ProjectData data, String by, Instant now) {
    requireOpen();
    if (data.status() != null && data.status() != status) {
      moveTo(data.status());
      finishIfFinal(now);
    }
    apply(data, by, now);
    announceRevised();
  }

  /** A status change on its own; like any edit, only while the record is open. */
  public void changeStatus(ProjectStatus target, String by, Instant now) {
    requireOpen();
    if (target != status) {
      moveTo(target, by, now);
    }
    announceRevised();
  }

  /** Other modules refresh what they show of a registered project after a change. */
  private void announceRevised() {
    if (isSaved()) {
      registerEvent(new ProjectRevised(getId()));
    }
  }

  private void requireOpen() {
    if (status == ProjectStatus.CLOSED && !PastRecords.recording()) {
      throw new ProjectFrozenException(ProjectView.frozenMessage(code, name, finishedOn));
    }
    if (status.isFinal()) {
      throw new BusinessRuleException(
          "project-final",
          "This project is "
              + status.label().toLowerCase()
              + "; its record can no longer be changed.");
    }
  }

  public void moveTo(ProjectStatus target) {
    if (!status.canMoveTo(target)) {
      throw new BusinessRuleException(
          "invalid-transition",
          "A project cannot go from "
              + status.label()
              + " to "
              + target.label()
              + "."
              + (status.next().isEmpty()
                  ? " It is final."
                  : " Allowed next: " + labels(status.next()) + "."));
    }
    if (isSaved() && target != status) {
      registerEvent(new ProjectStatusChanged(getId(), code, status, target));
    }
    status = target;
  }

  /**
   * Moves along the lifecycle on behalf of someone who does not edit the record itself, e.g. the
   * governance board killing the project at a gate.
   */
  public void moveTo(ProjectStatus target, String by, Instant now) {
    moveTo(target);
    finishIfFinal(now);
    audit.touch(by, now);
  }

  /**
   * Reopens a closed project (the PMO's decision, on its closure page): back to Active, no longer
   * finished. The only way out of Closed, so the lifecycle a person edits keeps Closed final.
   */
  public void reopen(String by, Instant now) {
    if (status != ProjectStatus.CLOSED) {
      throw new BusinessRuleException(
          "not-closed",
          "Only a closed project can be reopened; this one is " + status.label() + ".");
    }
    registerEvent(new ProjectStatusChanged(getId(), code, status, ProjectStatus.ACTIVE));
    status = ProjectStatus.ACTIVE;
    finishedOn = null;
    audit.touch(by, now);
  }

  private void finishIfFinal(Instant now) {
    if (status.isFinal() && finishedOn == null) {
      finishedOn = LocalDate.ofInstant(now, ZoneId.systemDefault());
    }
  }

  /**
   * Closes a project that was imported from an archive bundle, once all its records are in: it
   * keeps the day it was first closed, so that its retention counts from then.
   */
  void closeImported(LocalDate originallyFinished, String by, Instant now) {
    moveTo(ProjectStatus.CLOSED);
    finishedOn =
        originallyFinished != null
            ? originallyFinished
            : LocalDate.ofInstant(now, ZoneId.systemDefault());
    audit.touch(by, now);
  }

  /** The proposal the project was registered from; null for a project registered directly. */
  public ProposalOrigin origin() {
    return originProposalId == null
        ? null
        : new ProposalOrigin(originProposalId, originProposalCode);
  }

  /** The day the project was closed or cancelled; null while it runs. */
  private void apply(ProjectData data, String by, Instant now) {
    validate(data);
    code = data.code().trim().toUpperCase();
    name = data.name().trim();
    description = blankToNull(data.description());
    departmentId = data.departmentId();
    sponsorId = data.sponsorId();
    managerId = data.managerId();
    category = data.category() == null ? ProjectCategory.OPERATIONAL : data.category();
    priority = data.priority() == null ? Priority.MEDIUM : data.priority();
    priorityRank = priority.rank();
    plannedStart = data.plannedStart();
    plannedFinish = data.plannedFinish();
    budgetAmount =
        data.budgetAmount() == null
            ? null
            : data.budgetAmount().setScale(2, java.math.RoundingMode.HALF_UP);
    budgetCurrency =
        budgetAmount == null
            ? null
            : (data.budgetCurrency() == null || data.budgetCurrency().isBlank()
                ? DEFAULT_CURRENCY
                : data.budgetCurrency().trim().toUpperCase());
    confidential = Boolean.TRUE.equals(data.confidential());
    syncMembers(data.membersOrEmpty());
    audit.touch(by, now);
  }

  static void validate(ProjectData data) {
    List<FieldProblem> problems = new ArrayList<>();
    PlannedDates.check(data.plannedStart(), data.plannedFinish(), problems);
    if (data.budgetAmount() == null
        && data.budgetCurrency() != null
        && !data.budgetCurrency().isBlank()) {
      problems.add(new FieldProblem("budgetAmount", "Enter the budget amount for this currency."));
    }
    if (data.managerId() != null
        && data.sponsorId() != null
        && data.managerId().equals(data.sponsorId())) {
      problems.add(
          new FieldProblem("sponsorId", "The sponsor and the manager should be different people."));
    }
    long distinct =
        data.membersOrEmpty().stream().map(ProjectData.Member::userId).distinct().count();
    if (distinct != data.membersOrEmpty().size()) {
      problems.add(new FieldProblem("members", "Each person can be listed only once."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Manager and sponsor are members by definition; the listed people keep their own role, and
   * everyone else is removed.
   */
  private void syncMembers(List<ProjectData.Member> wanted) {
    Map<Long, MembershipRole> target = new LinkedHashMap<>();
    for (ProjectData.Member member : wanted) {
      MembershipRole role = member.role() == null ? MembershipRole.TEAM_MEMBER : member.role();
      if (role == MembershipRole.MANAGER || role == MembershipRole.SPONSOR) {
        role = MembershipRole.TEAM_MEMBER; // these two roles follow the fields below
      }
      target.put(member.userId(), role);
    }
    if (sponsorId != null) {
      target.put(sponsorId, MembershipRole.SPONSOR);
    }
    if (managerId != null) {
      target.put(managerId, MembershipRole.MANAGER);
    }
    members.removeIf(m -> !target.containsKey(m.getUserId()));
    for (var entry : target.entrySet()) {
      Optional<ProjectMember> existing =
          members.stream().filter(m -> m.getUserId().equals(entry.getKey())).findFirst();
      if (existing.isPresent()) {
        existing.get().changeRole(entry.getValue());
      } else {
        members.add(new ProjectMember(this, entry.getKey(), entry.getValue()));
      }
    }
  }

  public boolean hasMember(long userId) {
    return Objects.equals(managerId, userId)
        || Objects.equals(sponsorId, userId)
        || members.stream().anyMatch(m -> m.getUserId() == userId);
  }

  public boolean isManagedBy(long userId) {
    return Objects.equals(managerId, userId);
  }

  /** The data as entered, for filling an edit form. */
  public ProjectData toData() {
    return new ProjectData(
        code,
        name,
        description,
        departmentId,
        sponsorId,
        managerId,
        category,
        priority,
        status,
        plannedStart,
        plannedFinish,
        budgetAmount,
        budgetCurrency,
        confidential,
        sortedMembers().stream()
            .filter(
                m ->
                    m.getRole() == MembershipRole.TEAM_MEMBER
                        || m.getRole() == MembershipRole.STAKEHOLDER)
            .map(m -> new ProjectData.Member(m.getUserId(), m.getRole()))
            .toList(),
        version);
  }

  public List<ProjectMember> sortedMembers() {
    return members.stream().sorted(Comparator.comparing(ProjectMember::getRole)).toList();
  }

  private static String labels(java.util.Set<ProjectStatus> statuses) {
    return String.join(", ", statuses.stream().map(ProjectStatus::label).toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }

  @Override
  public SearchEntry searchEntry() {
    SearchEntry entry =
        SearchEntry.of(
                SearchFields.KIND_PROJECT,
                "/projects/" + getId(),
                name,
                SearchFields.join(code, description))
            .selfProject(getId())
            .department(departmentId)
            .type(category);
    return plannedStart != null ? entry.year(plannedStart.getYear()) : entry.yearMade(audit);
  }
}
