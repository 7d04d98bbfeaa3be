package org.cairnpmo.control;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/**
 * A cadence makes a reporting period, due and then overdue, for every week or month since its
 * start: a start in the year 1 made over 100,000 of them. Starts are bounded.
 */
class CadenceStartApiTest extends ControlTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "1900-01-01", "PROJECT_START-1", "TODAY+2Y"})
  void a_cadence_cannot_start_long_before_the_project_or_far_ahead(String when) throws Exception {
    Team t = team(false);
    LocalDate start =
        switch (when) {
          case "PROJECT_START-1" -> t.project().plannedStart().withDayOfMonth(1).minusDays(1);
          case "TODAY+2Y" -> LocalDate.now().plusYears(2);
          default -> LocalDate.parse(when);
        };
    mvc.perform(
            put("/api/v1/projects/" + t.id() + "/cadence")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(Map.of("cadence", "WEEKLY", "startsOn", start.toString()))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].field").value("startsOn"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    // A date outside the range every input keeps to is refused before the rule.
                    when.startsWith("0001")
                        ? org.hamcrest.Matchers.equalTo(
                            org.cairnpmo.platform.InputRules.DATE_RANGE_MESSAGE)
                        : org.hamcrest.Matchers.startsWith("Start reporting between ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MONTHLY", "WEEKLY"})
  void a_cadence_may_start_with_the_project(String cadence) throws Exception {
    Team t = team(false);
    mvc.perform(
            put("/api/v1/projects/" + t.id() + "/cadence")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "cadence",
                            cadence,
                            "startsOn",
                            t.project().plannedStart().toString()))))
        .andExpect(status().isOk());
  }
}
