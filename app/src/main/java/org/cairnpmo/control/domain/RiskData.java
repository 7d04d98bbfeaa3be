package org.cairnpmo.control.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import lombok.With;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.platform.WholeNumber;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A risk as people log it: what could happen (cause → event → effect), how likely and how bad on
 * 1–5 scales, when (a date or a rough proximity), who owns it, the response and its actions, and
 * the rating expected once the response works. Status OPEN or CLOSED (a risk becomes OCCURRED only
 * by turning it into an issue). Without an owner the person logging it owns it. For a change,
 * {@code version} is the version that was read.
 */
public record RiskData(
    @With
        @NotBlank(message = "Enter a short title")
        @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 2000, message = "At most 2000 characters") String cause,
    @With @Size(max = 2000, message = "At most 2000 characters") String event,
    @Size(max = 2000, message = "At most 2000 characters") String effect,
    @With
        @NotNull(message = "Rate the probability from 1 to 5")
        @Min(value = 1, message = "Use 1 (rare) to 5 (almost certain)")
        @Max(value = 5, message = "Use 1 (rare) to 5 (almost certain)")
        @JsonDeserialize(using = WholeNumber.class)
        Integer probability,
    @With
        @NotNull(message = "Rate the impact from 1 to 5")
        @Min(value = 1, message = "Use 1 (negligible) to 5 (severe)")
        @Max(value = 5, message = "Use 1 (negligible) to 5 (severe)")
        @JsonDeserialize(using = WholeNumber.class)
        Integer impact,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proximityDate,
    Proximity proximity,
    Long ownerId,
    ResponseStrategy strategy,
    @With @Valid @Size(max = 20, message = "At most 20 actions") List<ActionData> actions,
    @Min(value = 1, message = "Use 1 to 5")
        @Max(value = 5, message = "Use 1 to 5")
        @JsonDeserialize(using = WholeNumber.class)
        Integer residualProbability,
    @Min(value = 1, message = "Use 1 to 5")
        @Max(value = 5, message = "Use 1 to 5")
        @JsonDeserialize(using = WholeNumber.class)
        Integer residualImpact,
    @With RiskStatus status,
    Long version) {

  /** The risk as {@code r} shows it, at the version read, to change. */
  public static RiskData of(RiskView r) {
    return new RiskData(
        r.title(),
        r.cause(),
        r.event(),
        r.effect(),
        r.probability(),
        r.impact(),
        r.proximityDate(),
        r.proximity(),
        r.ownerId(),
        r.strategy(),
        r.actions().stream()
            .map(a -> new ActionData(a.text(), a.ownerId(), a.dueDate(), a.done()))
            .toList(),
        r.residualProbability(),
        r.residualImpact(),
        r.status(),
        r.version());
  }

  /** One response action: what, who, by when, done or not. Rows without text are ignored. */
  public record ActionData(
      @Size(max = 500, message = "At most 500 characters") String text,
      Long ownerId,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
      Boolean done) {

    public boolean isBlank() {
      return text == null || text.isBlank();
    }
  }

  public List<ActionData> actionsOrEmpty() {
    return actions == null ? List.of() : actions.stream().filter(a -> !a.isBlank()).toList();
  }
}
