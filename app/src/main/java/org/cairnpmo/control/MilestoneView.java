package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cairnpmo.platform.Versioned;

/**
 * A key milestone of a project as its manager tracks it in status reporting: the date agreed
 * (baseline), the date now expected (forecast) and, once reached, the date it was completed. The
 * API shows it with whether it is completed and its slip in days (under the schema name it has
 * always had).
 */
@Schema(name = "MilestoneJson")
@JsonPropertyOrder({
  "id",
  "projectId",
  "name",
  "baselineDate",
  "forecastDate",
  "completedDate",
  "completed",
  "slipDays",
  "version"
})
public record MilestoneView(
    long id,
    long projectId,
    String name,
    LocalDate baselineDate,
    LocalDate forecastDate,
    LocalDate completedDate,
    long version)
    implements Versioned.Entry {

  @JsonProperty
  public boolean completed() {
    return completedDate != null;
  }

  /** Days late against the baseline (negative when early): completion or forecast − baseline. */
  @JsonProperty
  public long slipDays() {
    LocalDate expected = completedDate != null ? completedDate : forecastDate;
    return ChronoUnit.DAYS.between(baselineDate, expected);
  }
}
