package org.cairnpmo.portfolio.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cairnpmo.platform.WholeNumber;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A proposal as its author enters it, in the form or through the API. Periods are years ({@code
 * 2027}) or quarters ({@code 2027-Q1}), the same kind throughout one proposal; the first period is
 * "now" in the business case and later ones are discounted. For a change, {@code version} is the
 * version that was read.
 *
 * @param discountRatePercent the yearly rate future money is discounted at, 8 for 8 %; the
 *     organization's default when left out
 * @param options the alternatives considered (including doing nothing), one text each
 */
public record ProposalData(
    @NotBlank(message = "Give the proposal a title")
        @Size(max = 200, message = "At most 200 characters")
        String title,
    @Size(max = 4000, message = "At most 4000 characters") String problem,
    @Size(max = 4000, message = "At most 4000 characters") String scope,
    Long sponsorId,
    @Schema(description = "The proposed project manager: an existing, active person")
        Long managerId,
    Long departmentId,
    @DecimalMin(value = "0", message = "The discount rate cannot be negative")
        @DecimalMax(value = "100", message = "The discount rate is at most 100 %")
        @Digits(integer = 3, fraction = 4, message = "At most 4 decimals")
        BigDecimal discountRatePercent,
    @Pattern(regexp = "[A-Za-z]{3}", message = "Use a three-letter ISO currency code, e.g. EUR")
        String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    @Valid @Size(max = 50, message = "At most 50 objectives")
        List<ObjectiveContribution> objectives,
    @Size(max = 20, message = "At most 20 options")
        List<@Size(max = 2000, message = "At most 2000 characters") String> options,
    @Valid @Size(max = 80, message = "At most 80 cost lines") List<CostLine> costs,
    @Valid @Size(max = 80, message = "At most 80 benefit lines") List<BenefitLine> benefits,
    @Valid @Size(max = 100, message = "At most 100 risks") List<Risk> risks,
    @Valid @Size(max = 200, message = "At most 200 demand lines")
        List<ResourceDemand> resourceDemand,
    @Valid @Size(max = 50, message = "At most 50 dependencies") List<Dependency> dependencies,
    Long version) {

  /** Lists left out are empty, so that whoever reads the proposal need not ask. */
  public ProposalData {
    objectives = Objects.requireNonNullElse(objectives, List.of());
    options = Objects.requireNonNullElse(options, List.of());
    costs = Objects.requireNonNullElse(costs, List.of());
    benefits = Objects.requireNonNullElse(benefits, List.of());
    risks = Objects.requireNonNullElse(risks, List.of());
    resourceDemand = Objects.requireNonNullElse(resourceDemand, List.of());
    dependencies = Objects.requireNonNullElse(dependencies, List.of());
  }

  /** A proposal that names no project manager (yet). */
  public ProposalData(
      String title,
      String problem,
      String scope,
      Long sponsorId,
      Long departmentId,
      BigDecimal discountRatePercent,
      String currency,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      List<ObjectiveContribution> objectives,
      List<String> options,
      List<CostLine> costs,
      List<BenefitLine> benefits,
      List<Risk> risks,
      List<ResourceDemand> resourceDemand,
      List<Dependency> dependencies,
      Long version) {
    this(
        title,
        problem,
        scope,
        sponsorId,
        null,
        departmentId,
        discountRatePercent,
        currency,
        plannedStart,
        plannedFinish,
        objectives,
        options,
        costs,
        benefits,
        risks,
        resourceDemand,
        dependencies,
        version);
  }

  /** How much the proposal serves an objective, from 1 (a little) to 5 (decisively). */
  public record ObjectiveContribution(
      @NotNull(message = "Choose an objective") Long objectiveId,
      @NotNull(message = "Rate the contribution from 1 to 5")
          @Min(value = 1, message = "From 1 to 5")
          @Max(value = 5, message = "From 1 to 5")
          @JsonDeserialize(using = WholeNumber.class)
          Integer contribution) {}

  /** Costs of one period: investment (capex) and running costs (opex). */
  public record CostLine(
      @NotBlank(message = "Enter the period, e.g. 2027 or 2027-Q1") String period,
      @PositiveOrZero(message = "Costs are entered as positive amounts")
          @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
          BigDecimal capex,
      @PositiveOrZero(message = "Costs are entered as positive amounts")
          @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
          BigDecimal opex) {

    /** Capex plus opex of the period; one not entered counts as nothing. */
    public BigDecimal total() {
      return (capex == null ? BigDecimal.ZERO : capex).add(opex == null ? BigDecimal.ZERO : opex);
    }
  }

  /** Savings and revenues of one period. */
  public record BenefitLine(
      @NotBlank(message = "Enter the period, e.g. 2027 or 2027-Q1") String period,
      @NotNull(message = "Enter the amount")
          @PositiveOrZero(message = "Benefits are entered as positive amounts")
          @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
          BigDecimal amount) {}

  /** A risk with probability and impact each from 1 (very low) to 5 (very high). */
  public record Risk(
      @NotBlank(message = "Describe the risk")
          @Size(max = 1000, message = "At most 1000 characters")
          String description,
      @NotNull(message = "Rate from 1 to 5")
          @Min(value = 1, message = "From 1 to 5")
          @Max(value = 5, message = "From 1 to 5")
          @JsonDeserialize(using = WholeNumber.class)
          Integer probability,
      @NotNull(message = "Rate from 1 to 5")
          @Min(value = 1, message = "From 1 to 5")
          @Max(value = 5, message = "From 1 to 5")
          @JsonDeserialize(using = WholeNumber.class)
          Integer impact) {}

  /** People needed: a role, a period, and how many (FTE) or how long (hours). */
  public record ResourceDemand(
      @NotBlank(message = "Name the role") @Size(max = 120, message = "At most 120 characters")
          String role,
      @NotBlank(message = "Enter the period, e.g. 2027 or 2027-Q1") String period,
      @NotNull(message = "Enter the amount")
          @Positive(message = "Enter a positive amount")
          @Digits(integer = 7, fraction = 2, message = "At most 7 digits and 2 decimals")
          BigDecimal amount,
      DemandUnit unit) {}

  /** Something that must happen first: another proposal, or a project in the register. */
  public record Dependency(
      @NotNull(message = "Say whether it is a proposal or a project") DependencyKind kind,
      @NotNull(message = "Enter the id") Long id,
      @Size(max = 500, message = "At most 500 characters") String note) {}
}
