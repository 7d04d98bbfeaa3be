package org.cairnpmo.portfolio.selection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

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
    @Size(max = 2000, message = "At most 2000 characters") String missingScoresReason,
    @Schema(
            description =
                "The project manager to name for a selected proposal that names none, by"
                    + " proposal id; a proposal left out keeps its own manager or gets one later")
        Map<Long, Long> managers) {

  /** A commit whose selected proposals are all scored and name their managers. */
  public CommitData(Long runId, String rationale, Long version) {
    this(runId, rationale, version, null, Map.of());
  }

  /** A commit that says why it goes ahead without some scores; every manager already named. */
  public CommitData(Long runId, String rationale, Long version, String missingScoresReason) {
    this(runId, rationale, version, missingScoresReason, Map.of());
  }

  public Map<Long, Long> managersOrEmpty() {
    return managers == null ? Map.of() : managers;
  }

  /** The managers a commit form names, from its fields {@code manager-<proposal id>}. */
  static Map<Long, Long> managersFrom(Map<String, String> fields) {
    Map<Long, Long> managers = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (name.matches("manager-\\d{1,18}") && value != null && value.matches("\\d{1,18}")) {
            managers.put(Long.valueOf(name.substring(8)), Long.valueOf(value));
          }
        });
    return managers;
  }
}
