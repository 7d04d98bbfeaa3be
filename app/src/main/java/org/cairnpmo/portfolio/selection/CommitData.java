package org.cairnpmo.portfolio.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Commit a scenario's run: approve its selected proposals, with the reason.
 *
 * @param missingScoresReason why the decision is taken while selected proposals have no score;
 *     required exactly then (422 {@code missing-scores} without it)
 */
public record CommitData(
    @NotNull(message = "Choose the run to commit") Long runId,
    @NotBlank(message = "Give the rationale for the decision")
        @Size(max = 4000, message = "At most 4000 characters")
        String rationale,
    Long version,
    @Size(max = 2000, message = "At most 2000 characters") String missingScoresReason) {

  /** A commit whose selected proposals are all scored. */
  public CommitData(Long runId, String rationale, Long version) {
    this(runId, rationale, version, null);
  }
}
