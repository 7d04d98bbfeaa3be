package org.cairnpmo.practices.maturity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A respondent's answers: the level (1 to 5) per question, each question at most once. {@code
 * submit}: hand them in (every question answered; final), otherwise a draft. {@code version}: the
 * version of the response that was read.
 */
public record AnswersData(
    @Size(max = 200, message = "At most 200 answers")
        List<@NotNull(message = "An answer cannot be empty") @Valid Answer> answers,
    Boolean submit,
    Long version) {

  public List<Answer> answersOrEmpty() {
    return answers == null ? List.of() : answers;
  }

  public boolean submitting() {
    return Boolean.TRUE.equals(submit);
  }

  /** The level chosen for one question. */
  public record Answer(
      @NotNull(message = "Name the question") Long questionId,
      @NotNull(message = "Choose a level from 1 to 5")
          @Min(value = 1, message = "Choose a level from 1 to 5")
          @Max(value = 5, message = "Choose a level from 1 to 5")
          Integer level) {}
}
