package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures of the PMO's culture dashboard. */
public final class CultureViews {

  private CultureViews() {}

  /** Training hours of one person (or one department, then {@code people} counts its people). */
  public record Hours(Long id, String name, BigDecimal hours, int people) {}

  /** A certification expiring within 90 days. */
  public record Expiring(
      long certificationId, long userId, String personName, String name, LocalDate expiresOn) {}

  /**
   * One department's row of the heat map: the average gap in each competency (by competency id;
   * absent where none of its people's roles ask for it), over its people whose role has a profile.
   */
  public record GapRow(Long departmentId, String department, Map<Long, BigDecimal> gaps) {}

  /** The heat map: its competencies (columns) and departments (rows). */
  public record HeatMap(List<CompetencyColumn> competencies, List<GapRow> departments) {}

  public record CompetencyColumn(long id, String name) {}

  /**
   * The year's spend on training against the budget: {@code spent} is the cost of the courses of
   * the seats committed (approved, confirmed, attended, completed) on sessions starting in the
   * year, in the budget's currency; costs in other currencies are listed apart, never converted.
   * {@code budgetId} names the year's budget in its history (kind {@code training-budget}), null
   * before one is set.
   */
  public record Spend(
      Integer year,
      BigDecimal budget,
      String currency,
      BigDecimal spent,
      BigDecimal share,
      Map<String, BigDecimal> otherCurrencies,
      Long budgetVersion,
      Long budgetId) {}

  /**
   * The dashboard of one year, for the whole organization or one department. {@code
   * managersCertifiedShare}: of the project managers in scope, the share holding a valid
   * certification today (null when there are none); {@code completionRate}: of the places on
   * sessions that ended in the year (confirmed, attended, completed), the share completed.
   */
  public record Dashboard(
      int year,
      Long departmentId,
      int projectManagers,
      int projectManagersCertified,
      BigDecimal managersCertifiedShare,
      List<Hours> hoursByPerson,
      List<Hours> hoursByDepartment,
      int placesEnded,
      int placesCompleted,
      BigDecimal completionRate,
      List<Expiring> expiring,
      HeatMap gaps,
      Spend spend) {}

  /** The budget of a year as the PMO sets it. */
  public record BudgetData(
      @NotNull(message = "Enter the amount")
          @DecimalMin(value = "0", message = "Not negative")
          @Digits(integer = 15, fraction = 2, message = "At most two decimals")
          BigDecimal amount,
      @NotNull(message = "Choose the currency")
          @Pattern(regexp = "[A-Z]{3}", message = "A currency code such as EUR")
          String currency,
      Long version) {}
}
