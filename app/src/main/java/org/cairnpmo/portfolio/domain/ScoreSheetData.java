package org.cairnpmo.portfolio.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.platform.WholeNumber;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A scorer's ratings, one per criterion, each on the criterion's own scale with an optional
 * comment. A criterion left out, or with a null value, is not rated yet.
 */
public record ScoreSheetData(@Valid List<Entry> scores, Long version) {

  public List<Entry> scoresOrEmpty() {
    return scores == null ? List.of() : scores;
  }

  /** The rating of one criterion. */
  public record Entry(
      @NotNull(message = "Name the criterion") Long criterionId,
      @JsonDeserialize(using = WholeNumber.class) Integer value,
      @Size(max = 2000, message = "At most 2000 characters") String comment) {}
}
