package org.cairnpmo.resources.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A project's request for a person, and its workflow: each transition is guarded here and kept in
 * the history with who made it and when. Who may make a transition is the service's to check.
 */
@Entity
@KeepsHistory("resource-request")
@Table(name = "res_request")
@Getter
public class ResourceRequest extends AggregateRoot<ResourceRequest> {

  private long projectId;
  private Long roleId;
  private Long personId;
  private BigDecimal hoursPerWeek;
  private LocalDate firstDay;
  private LocalDate lastDay;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  private RequestStatus status = RequestStatus.REQUESTED;

  private Long proposedPersonId;
  private String reason;
  private String note;
  private long requestedById;
  private Instant createdAt;
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "res_request_skill", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("skill")
  @BatchSize(size = 50)
  private List<SkillEntry> skills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "res_request_step", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<RequestStep> history = new ArrayList<>();

  @Version private long version;

  protected ResourceRequest() {}

  ResourceRequest(long projectId, RequestData data, CurrentUser by, Instant at) {
    this.projectId = projectId;
    this.roleId = data.roleId();
    this.personId = data.personId();
    this.hoursPerWeek = data.hoursPerWeek();
    this.firstDay = data.firstDay();
    this.lastDay = data.lastDay();
    this.priority = data.priority();
    this.note = data.note();
    data.skills().forEach(s -> skills.add(new SkillEntry(s.skill(), s.proficiency())));
    this.requestedById = by.id();
    this.createdAt = at;
    this.updatedAt = at;
    history.add(
        new RequestStep(at, by.id(), by.displayName(), null, RequestStatus.REQUESTED, null));
  }

  /**
   * A request as an archive bundle recorded it, its workflow steps included, on a project being
   * imported: it comes back in the state it had, never moved through the workflow again.
   */
  static ResourceRequest restored(
      long projectId,
      RequestData data,
      RequestStatus status,
      Long proposedPersonId,
      String reason,
      long requestedById,
      Instant createdAt,
      Instant updatedAt,
      List<RequestStep> steps) {
    ResourceRequest request = new ResourceRequest();
    request.projectId = projectId;
    request.roleId = data.roleId();
    request.personId = data.personId();
    request.hoursPerWeek = data.hoursPerWeek();
    request.firstDay = data.firstDay();
    request.lastDay = data.lastDay();
    request.priority = data.priority();
    request.note = data.note();
    data.skills().forEach(s -> request.skills.add(new SkillEntry(s.skill(), s.proficiency())));
    request.status = status;
    request.proposedPersonId = proposedPersonId;
    request.reason = reason;
    request.requestedById = requestedById;
    request.createdAt = createdAt;
    request.updatedAt = updatedAt;
    request.history.addAll(steps);
    return request;
  }

  /** The resource manager names a person for a request that waits for one. */
  void propose(long person, CurrentUser by, Instant at) {
    require(RequestStatus.REQUESTED, "propose a person for");
    this.proposedPersonId = person;
    move(RequestStatus.PROPOSED, by, at, null);
  }

  /** The project manager accepts the proposed person. */
  void accept(CurrentUser by, Instant at) {
    require(RequestStatus.PROPOSED, "accept a person for");
    move(RequestStatus.ACCEPTED, by, at, null);
  }

  /** The project manager declines the proposed person: the request waits for another. */
  void decline(String why, CurrentUser by, Instant at) {
    require(RequestStatus.PROPOSED, "decline the person proposed for");
    this.proposedPersonId = null;
    move(RequestStatus.REQUESTED, by, at, why);
  }

  /** The resource manager approves an accepted request: the person is booked. */
  void approve(CurrentUser by, Instant at) {
    require(RequestStatus.ACCEPTED, "approve");
    move(RequestStatus.APPROVED, by, at, null);
  }

  /** The resource manager rejects a request that is not decided yet, saying why. */
  void reject(String why, CurrentUser by, Instant at) {
    if (status.isFinal()) {
      throw refused("reject");
    }
    this.reason = why;
    move(RequestStatus.REJECTED, by, at, why);
  }

  private void require(RequestStatus expected, String what) {
    if (status != expected) {
      throw refused(what);
    }
  }

  private BusinessRuleException refused(String what) {
    return new BusinessRuleException(
        "request-status",
        "Cannot "
            + what
            + " a request that is "
            + status.label().toLowerCase(java.util.Locale.ROOT)
            + ".");
  }

  private void move(RequestStatus to, CurrentUser by, Instant at, String why) {
    history.add(new RequestStep(at, by.id(), by.displayName(), status, to, why));
    this.status = to;
    this.updatedAt = at;
  }
}
