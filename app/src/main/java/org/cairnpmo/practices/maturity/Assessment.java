package org.cairnpmo.practices.maturity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A maturity assessment: a questionnaire answered by the respondents the PMO invited, over the
 * whole organization or one department. Open while they answer; the PMO closes it once at least one
 * response is submitted, and only then are the results and the answers of others shown.
 */
@Entity(name = "MaturityAssessment")
@KeepsHistory("maturity-assessment")
@Table(name = "prc_assessment")
@Getter(AccessLevel.PACKAGE)
class Assessment extends EditableRecord {

  private String name;
  private long questionnaireId;
  private Long departmentId;
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  private AssessmentStatus status;

  private Instant closedAt;
  private String closedBy;

  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  @Getter(AccessLevel.NONE)
  private List<Response> responses = new ArrayList<>();

  protected Assessment() {}

  static Assessment open(
      String name,
      long questionnaireId,
      Long departmentId,
      LocalDate heldOn,
      Collection<Long> respondentIds,
      String by,
      Instant now) {
    Assessment assessment = new Assessment();
    assessment.name = name.trim();
    assessment.questionnaireId = questionnaireId;
    assessment.departmentId = departmentId;
    assessment.heldOn = heldOn;
    assessment.status = AssessmentStatus.OPEN;
    assessment.stampCreated(by, now);
    respondentIds.forEach(id -> assessment.responses.add(new Response(assessment, id)));
    return assessment;
  }

  /** Invites more people while it is open; those already invited are left as they are. */
  void invite(Collection<Long> respondentIds, String by, Instant now) {
    requireOpen();
    for (Long id : respondentIds) {
      if (!invited(id)) {
        responses.add(new Response(this, id));
      }
    }
    stampChanged(by, now);
  }

  Optional<Response> responseOf(long respondentId) {
    return responses.stream().filter(r -> r.getRespondentId() == respondentId).findFirst();
  }

  boolean invited(long userId) {
    return responseOf(userId).isPresent();
  }

  List<Response> getResponses() {
    return List.copyOf(responses);
  }

  List<Response> submitted() {
    return responses.stream().filter(Response::isSubmitted).toList();
  }

  boolean isClosed() {
    return status == AssessmentStatus.CLOSED;
  }

  /** Closes it: the results are shown from now on and no one answers any more. */
  void close(String by, Instant now) {
    requireOpen();
    if (submitted().isEmpty()) {
      throw new BusinessRuleException(
          "assessment-no-answers",
          "No respondent has submitted answers yet: there would be no results. Wait for at least"
              + " one submission.");
    }
    status = AssessmentStatus.CLOSED;
    closedAt = now;
    closedBy = by;
    stampChanged(by, now);
  }

  /** Refuses (409 assessment-closed) what only an open assessment allows. */
  void requireOpen() {
    if (isClosed()) {
      throw new BusinessRuleException(
          "assessment-closed", "The assessment " + name + " is closed: its answers are final.");
    }
  }

  /** Refuses (409 assessment-open) what follows the results, which an open one does not have. */
  void requireClosed() {
    if (!isClosed()) {
      throw new BusinessRuleException(
          "assessment-open",
          "The assessment " + name + " is still open: its results are shown once it is closed.");
    }
  }
}
