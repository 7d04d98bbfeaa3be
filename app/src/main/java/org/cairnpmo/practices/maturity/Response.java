package org.cairnpmo.practices.maturity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/**
 * One respondent's answers to an assessment: the level (1-5) per question id, at most one per
 * question. Saved as a draft as often as wished; submitted once, and final from then on.
 */
@KeepsHistory("maturity-response")
@Entity(name = "MaturityResponse")
@Table(name = "prc_assessment_response")
@Getter(AccessLevel.PACKAGE)
class Response extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id")
  @Getter(AccessLevel.NONE)
  private Assessment assessment;

  private long respondentId;

  @Enumerated(EnumType.STRING)
  private ResponseStatus status;

  private Instant submittedAt;
  @NotInHistory private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "prc_assessment_answer", joinColumns = @JoinColumn(name = "response_id"))
  @MapKeyColumn(name = "question_id")
  @Column(name = "answer_level")
  @Getter(AccessLevel.NONE)
  private Map<Long, Integer> answers = new HashMap<>();

  @Version private long version;

  protected Response() {}

  Response(Assessment assessment, long respondentId) {
    this.assessment = assessment;
    this.respondentId = respondentId;
    this.status = ResponseStatus.NOT_STARTED;
  }

  /**
   * Keeps {@code levels} (checked by the service: known questions, levels 1-5, complete when
   * submitting) in place of the answers saved so far.
   */
  void answer(Map<Long, Integer> levels, boolean submit, Instant now) {
    if (isSubmitted()) {
      throw new BusinessRuleException(
          "response-submitted", "Your answers were submitted and can no longer be changed.");
    }
    answers.clear();
    answers.putAll(levels);
    updatedAt = now;
    status = submit ? ResponseStatus.SUBMITTED : ResponseStatus.DRAFT;
    if (submit) {
      submittedAt = now;
    }
  }

  boolean isSubmitted() {
    return status == ResponseStatus.SUBMITTED;
  }

  Map<Long, Integer> getAnswers() {
    return Map.copyOf(answers);
  }
}
