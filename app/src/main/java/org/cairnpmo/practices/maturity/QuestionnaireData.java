package org.cairnpmo.practices.maturity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A questionnaire as the PMO writes it: questions per area, each with what every one of the five
 * levels means for it (first level first). For a change, {@code version} is the version read.
 */
public record QuestionnaireData(
    @NotBlank(message = "Name the questionnaire, e.g. PMO maturity 2027")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @NotEmpty(message = "Ask at least one question per area")
        @Size(max = 100, message = "At most 100 questions")
        List<@NotNull(message = "A question cannot be empty") @Valid QuestionData> questions,
    Long version) {

  public List<QuestionData> questionsOrEmpty() {
    return questions == null ? List.of() : questions;
  }

  /** One question: its area, its text and the descriptor of each level, 1 to 5. */
  public record QuestionData(
      @NotNull(message = "Choose the area") MaturityArea area,
      @NotBlank(message = "Write the question")
          @Size(max = 1000, message = "At most 1000 characters")
          String text,
      @NotNull(message = "Describe each of the five levels")
          @Size(min = 5, max = 5, message = "Describe each of the five levels, level 1 first")
          List<
                  @NotBlank(message = "Describe each of the five levels")
                  @Size(max = 500, message = "At most 500 characters per level") String>
              levels) {}
}
