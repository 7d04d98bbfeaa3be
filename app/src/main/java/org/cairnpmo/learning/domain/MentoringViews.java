package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cairnpmo.platform.Versioned;

/** The records mentoring and coaching read and take. */
public final class MentoringViews {

  private MentoringViews() {}

  /** A pair with its feedback and the number of sessions held. */
  public record MentoringView(
      long id,
      long mentorId,
      String mentorName,
      long menteeId,
      String menteeName,
      String goals,
      LocalDate startsOn,
      LocalDate endsOn,
      long sessions,
      String mentorFeedback,
      String menteeFeedback,
      long version)
      implements Versioned.Entry {}

  /**
   * A session of a pair. {@code notes} are given to the pair only: to the PMO and administrators,
   * who see that the session was held, they are null and {@code notesHidden} is true.
   */
  public record SessionEntry(
      long id, LocalDate heldOn, String notes, boolean notesHidden, String writtenBy) {}

  /** A session to log: when it was held and the pair's notes. */
  public record SessionLog(
      @NotNull(message = "Enter when it was held") LocalDate heldOn,
      @Size(max = 4000, message = "At most 4000 characters") String notes) {}

  /** One of the pair's feedback at the end. */
  public record Feedback(
      @NotBlank(message = "Write the feedback")
          @Size(max = 2000, message = "At most 2000 characters")
          String feedback) {}

  public record CoachingView(
      long id,
      String team,
      Long projectId,
      long coachId,
      String coachName,
      String purpose,
      String outcome,
      LocalDate startsOn,
      LocalDate endsOn,
      long version)
      implements Versioned.Entry {}
}
