package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.DueReport;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;

/** The periods under way on a manager's projects, each with the report written for it, if any. */
class CurrentPeriodsTest extends ControlTestSupport {

  private static final LocalDate THIS_MONDAY = LocalDate.now().with(DayOfWeek.MONDAY);

  @Test
  void each_project_shows_its_current_period_and_only_the_report_of_that_period() {
    Team weekly = team(false);
    Team monthly = team(false);
    CurrentUser manager = current(weekly.manager());
    cadences.setCadence(
        weekly.id(),
        new CadenceData(Cadence.WEEKLY, THIS_MONDAY.minusWeeks(4), 2, null),
        null,
        manager);
    // Last week's report must not count for this week's period.
    reports.create(
        weekly.id(),
        report(THIS_MONDAY.minusWeeks(1), null, Rag.GREEN, "Last week"),
        true,
        manager);
    StatusReportView current =
        reports.create(
            weekly.id(), report(THIS_MONDAY, null, Rag.AMBER, "This week"), false, manager);
    // Another manager's project never appears.
    cadences.setCadence(
        monthly.id(),
        new CadenceData(Cadence.MONTHLY, THIS_MONDAY.withDayOfMonth(1).minusMonths(2), 5, null),
        null,
        current(monthly.manager()));

    List<DueReport> due = dueReports.currentPeriods(manager);

    assertThat(due).hasSize(1);
    DueReport d = due.get(0);
    assertThat(d.projectId()).isEqualTo(weekly.id());
    assertThat(d.period().start()).isEqualTo(THIS_MONDAY);
    assertThat(d.reportId()).isEqualTo(current.id());
    assertThat(d.status()).isEqualTo(ReportStatus.DRAFT);

    List<DueReport> other = dueReports.currentPeriods(current(monthly.manager()));
    assertThat(other).hasSize(1);
    assertThat(other.get(0).reportId()).isNull();
    assertThat(other.get(0).status()).isNull();
  }
}
