package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.OverdueReport;
import org.junit.jupiter.api.Test;

/**
 * The overdue list is computed by the database as far as it can and paged: a project that has not
 * reported for sixty weeks fills more than one page, and delivering a report takes its period off.
 */
class OverduePagingTest extends ControlTestSupport {

  @Test
  void sixty_missing_weekly_reports_fill_two_pages_of_fifty() throws Exception {
    Team t = team(false, LocalDate.now().minusWeeks(61));
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(60);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, current(t.manager()));
    List<OverdueReport> mine = dueReports.overdue(current(t.manager()), t.manager().id());
    assertThat(mine).hasSizeBetween(59, 60);
    assertThat(mine.get(0).periodStart()).isEqualTo(monday);

    // Delivering one report takes exactly that period off the list.
    reports.create(
        t.id(),
        report(monday, monday.plusDays(6), Rag.GREEN, "Late but here"),
        true,
        current(t.manager()));
    List<OverdueReport> after = dueReports.overdue(current(t.manager()), t.manager().id());
    assertThat(after).hasSize(mine.size() - 1);
    assertThat(after).extracting(OverdueReport::periodStart).doesNotContain(monday);

    mvc.perform(get("/status/overdue?mine=true").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(after.size() + " overdue reports")))
        .andExpect(content().string(containsString("Page 1 of 2")))
        .andExpect(content().string(containsString("Next ›")));
    mvc.perform(get("/status/overdue?mine=true&page=1").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Page 2 of 2")))
        .andExpect(content().string(not(containsString("rel=\"next\""))));
    mvc.perform(
            get("/api/v1/status-reports/overdue")
                .param("managerId", String.valueOf(t.manager().id()))
                .param("size", "50")
                .param("page", "1")
                .with(as(t.manager())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.length()").value(after.size() - 50));
  }
}
