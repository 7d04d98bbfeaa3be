package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class StatusReportApiTest extends ControlTestSupport {

  private static final LocalDate MONDAY = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(6);

  private String base(Team t) {
    return "/api/v1/projects/" + t.id();
  }

  private ResultActions putCadence(Team t, UserSummary who, Object body, String ifMatch)
      throws Exception {
    var request =
        put(base(t) + "/cadence")
            .with(as(who))
            .contentType(MediaType.APPLICATION_JSON)
            .content(write(body));
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  private JsonNode create(Team t, UserSummary who, Object body, boolean submit) throws Exception {
    MvcResult result =
        mvc.perform(
                post(base(t) + "/status-reports" + (submit ? "?submit=true" : ""))
                    .with(as(who))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andExpect(status().isCreated())
            .andExpect(header().exists(HttpHeaders.LOCATION))
            .andExpect(header().exists(HttpHeaders.ETAG))
            .andReturn();
    return read(result);
  }

  @Test
  void a_cadence_is_none_until_the_manager_sets_it_and_then_changes_only_with_its_version()
      throws Exception {
    Team t = team(false);

    mvc.perform(get(base(t) + "/cadence").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadence").doesNotExist())
        .andExpect(jsonPath("$.editable").value(false));
    putCadence(t, t.member(), Map.of("cadence", "WEEKLY"), null)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    putCadence(t, t.manager(), Map.of("cadence", "FORTNIGHTLY"), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("cadence"));
    putCadence(t, t.manager(), Map.of("cadence", "WEEKLY", "dueDays", 45), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dueDays"));

    putCadence(
            t,
            t.manager(),
            Map.of("cadence", "WEEKLY", "startsOn", MONDAY.toString(), "dueDays", 2),
            null)
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.cadence").value("WEEKLY"))
        .andExpect(jsonPath("$.startsOn").value(MONDAY.toString()))
        .andExpect(jsonPath("$.currentPeriod.start").exists())
        // six weeks back: five ended periods are due and none was reported
        .andExpect(
            jsonPath("$.overduePeriods.length()")
                .value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)));

    putCadence(t, t.manager(), Map.of("cadence", "MONTHLY"), null)
        .andExpect(status().isPreconditionRequired());
    putCadence(t, t.pmo(), Map.of("cadence", "MONTHLY"), "\"7\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/stale-version"));
    LocalDate month = t.project().plannedStart().plusMonths(1);
    putCadence(
            t,
            t.pmo(),
            Map.of("cadence", "MONTHLY", "startsOn", month.withDayOfMonth(17).toString()),
            "\"0\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cadence").value("MONTHLY"))
        .andExpect(jsonPath("$.startsOn").value(month.withDayOfMonth(1).toString()))
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
  }

  @Test
  void hidden_projects_answer_404_and_anonymous_callers_401() throws Exception {
    Team secret = team(true);

    for (String path :
        new String[] {
          "/cadence", "/status-reports", "/status-reports/suggestions", "/status-reports/1"
        }) {
      mvc.perform(get(base(secret) + path).with(as(secret.outsider())))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
      mvc.perform(get(base(secret) + path)).andExpect(status().isUnauthorized());
    }
    mvc.perform(
            post(base(secret) + "/status-reports")
                .with(as(secret.outsider()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isNotFound());
    mvc.perform(get(base(secret) + "/status-reports").with(as(secret.executive())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/projects/987654321/cadence").with(as(secret.pmo())))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_report_goes_from_draft_to_submitted_to_reviewed_with_reasons_for_overrides()
      throws Exception {
    Team t = team(false);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, MONDAY, 2, null), null, current(t.manager()));
    LocalDate start = MONDAY.plusWeeks(1);

    // Only the manager (or the PMO) writes reports.
    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.member()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(report(start, null, Rag.GREEN, "Fine"))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(report(null, null, Rag.GREEN, "Fine"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("periodStart"));
    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodStart\":\"" + start + "\",\"overall\":\"BLUE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("overall"));

    // A day inside the period names the period; schedule rated amber against a green suggestion.
    StatusReportData draft =
        new StatusReportData(
            start.plusDays(3),
            null,
            Rag.AMBER,
            Rag.AMBER,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    JsonNode created = create(t, t.manager(), draft, false);
    long id = created.get("id").asLong();
    assertThat(created.get("status").asText()).isEqualTo("DRAFT");
    assertThat(created.get("periodStart").asText()).isEqualTo(start.toString());
    assertThat(created.get("periodEnd").asText()).isEqualTo(start.plusDays(6).toString());
    assertThat(created.get("dueDate").asText()).isEqualTo(start.plusDays(8).toString());
    assertThat(created.get("ratings").get(1).get("suggested").asText()).isEqualTo("GREEN");

    String report = base(t) + "/status-reports/" + id;
    // Submitting needs the summary and the reasons for the overrides.
    mvc.perform(
            post(report + "/submit").with(as(t.manager())).header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("overallReason")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("scheduleReason")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
    mvc.perform(post(report + "/submit").with(as(t.manager())))
        .andExpect(status().isPreconditionRequired());

    StatusReportData complete =
        new StatusReportData(
            null,
            null,
            Rag.AMBER,
            Rag.AMBER,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            "Schedule pulls it down",
            "The supplier confirmed a two-week delay",
            null,
            null,
            null,
            null,
            "Behind on the interface work",
            null,
            null,
            null,
            null);
    mvc.perform(
            put(report)
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"5\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(complete)))
        .andExpect(status().isConflict());
    mvc.perform(
            put(report + "?submit=true")
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(complete)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.ratings[1].reason").value("The supplier confirmed a two-week delay"))
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

    // Only a draft changes; only the PMO reviews; returning needs a comment.
    mvc.perform(
            put(report)
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(complete)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/report-submitted"));
    mvc.perform(
            post(report + "/review")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REVIEWED\",\"version\":1}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(report + "/review")
                .with(as(t.pmo()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"RETURNED\",\"version\":1}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("comment"));
    mvc.perform(
            post(report + "/review")
                .with(as(t.pmo()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"outcome\":\"RETURNED\",\"comment\":\"Add the cost outlook\",\"version\":1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.reviewComment").value("Add the cost outlook"));
    mvc.perform(
            post(report + "/submit").with(as(t.manager())).header(HttpHeaders.IF_MATCH, "\"2\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
    mvc.perform(
            post(report + "/review")
                .with(as(t.pmo()))
                .header(HttpHeaders.IF_MATCH, "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REVIEWED\",\"comment\":\"Thanks\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVIEWED"))
        .andExpect(jsonPath("$.reviewedBy").value(t.pmo().username()))
        .andExpect(jsonPath("$.events.length()").value(5))
        .andExpect(jsonPath("$.events[2].action").value("RETURNED"));
    mvc.perform(
            post(report + "/review")
                .with(as(t.pmo()))
                .header(HttpHeaders.IF_MATCH, "\"4\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REVIEWED\"}"))
        .andExpect(status().isConflict());

    // A second report for the same period is refused.
    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(report(start, null, Rag.GREEN, "Again"))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/report-exists"));
  }

  @Test
  void the_history_shows_the_trend_of_each_rating_and_pages() throws Exception {
    Team t = team(false);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.WEEKLY, MONDAY, 2, null), null, current(t.manager()));
    var author = current(t.manager());
    reports.create(t.id(), report(MONDAY, null, Rag.GREEN, "Good"), true, author);
    StatusReportData amber =
        new StatusReportData(
            MONDAY.plusWeeks(1),
            null,
            Rag.AMBER,
            Rag.AMBER,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            Rag.GREEN,
            "Schedule",
            "Late supplier",
            null,
            null,
            null,
            null,
            "Slipping",
            null,
            null,
            null,
            null);
    reports.create(t.id(), amber, true, author);
    reports.create(t.id(), report(MONDAY.plusWeeks(2), null, Rag.GREEN, "Recovered"), true, author);

    mvc.perform(get(base(t) + "/status-reports?size=2").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(3))
        .andExpect(jsonPath("$.totalPages").value(2))
        .andExpect(jsonPath("$.content[0].periodStart").value(MONDAY.plusWeeks(2).toString()))
        .andExpect(jsonPath("$.content[0].ratings[1].trend").value("IMPROVING"))
        .andExpect(jsonPath("$.content[0].ratings[2].trend").value("STABLE"))
        .andExpect(jsonPath("$.content[1].ratings[1].trend").value("WORSENING"));
    mvc.perform(get(base(t) + "/status-reports?page=1&size=2").with(as(t.member())))
        .andExpect(jsonPath("$.content[0].ratings[0].trend").value("NEW"));
    mvc.perform(get(base(t) + "/status-reports?size=0").with(as(t.member())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get(base(t) + "/status-reports?status=SUBMITTED").with(as(t.member())))
        .andExpect(jsonPath("$.totalElements").value(3));
  }

  @Test
  void suggestions_follow_the_raid_log_and_the_plan() throws Exception {
    Team t = team(false);
    var manager = current(t.manager());
    raid.logRisk(t.id(), risk("Supplier fails", 5, 4), manager);
    raid.logIssue(
        t.id(),
        new IssueData(
            "Rig broken",
            null,
            IssueSeverity.HIGH,
            null,
            LocalDate.now().minusDays(3),
            null,
            null,
            null),
        manager);

    mvc.perform(get(base(t) + "/status-reports/suggestions").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dimensions[0].dimension").value("OVERALL"))
        .andExpect(jsonPath("$.dimensions[0].rating").value("RED"))
        .andExpect(jsonPath("$.dimensions[5].dimension").value("RISK"))
        .andExpect(jsonPath("$.dimensions[5].rating").value("RED"))
        .andExpect(jsonPath("$.dimensions[2].rating").doesNotExist())
        .andExpect(jsonPath("$.metrics[?(@.metric == 'OVERDUE_ISSUES')].value", hasItem(1)))
        .andExpect(
            jsonPath(
                "$.metrics[?(@.metric == 'SPI')].value",
                hasItem(org.hamcrest.Matchers.nullValue())));
  }

  @Test
  void overdue_reports_are_listed_for_whoever_sees_the_project() throws Exception {
    Team t = team(false);
    // Seven weeks back, so that on any day of the week the second and third fortnights are past
    // their due date and the fourth (the current one) is not.
    LocalDate start = MONDAY.minusWeeks(1);
    cadences.setCadence(
        t.id(), new CadenceData(Cadence.BIWEEKLY, start, 3, null), null, current(t.manager()));
    reports.create(t.id(), report(start, null, Rag.GREEN, "Good"), true, current(t.manager()));

    MvcResult result =
        mvc.perform(
                get("/api/v1/status-reports/overdue?size=200&managerId=" + t.manager().id())
                    .with(as(t.pmo())))
            .andExpect(status().isOk())
            .andReturn();
    JsonNode body = read(result);
    assertThat(body.get("totalElements").asInt()).isEqualTo(2);
    JsonNode first = body.get("content").get(0);
    assertThat(first.get("projectCode").asText()).isEqualTo(t.project().code());
    assertThat(first.get("periodStart").asText()).isEqualTo(start.plusWeeks(2).toString());
    assertThat(first.get("dueDate").asText()).isEqualTo(start.plusWeeks(4).plusDays(2).toString());
    assertThat(first.get("daysOverdue").asLong()).isPositive();

    Team secret = team(true);
    cadences.setCadence(
        secret.id(),
        new CadenceData(Cadence.WEEKLY, MONDAY, 2, null),
        null,
        current(secret.manager()));
    JsonNode outsider =
        read(
            mvc.perform(
                    get("/api/v1/status-reports/overdue?size=200&managerId="
                            + secret.manager().id())
                        .with(as(secret.outsider())))
                .andReturn());
    assertThat(outsider.get("totalElements").asInt()).isZero();
    mvc.perform(get("/api/v1/status-reports/overdue?page=-1").with(as(t.pmo())))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/status-reports/awaiting-review").with(as(t.pmo())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/status-reports/awaiting-review").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void reports_without_a_cadence_name_both_ends_of_their_period() throws Exception {
    Team t = team(false);
    LocalDate today = LocalDate.now();

    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(report(today.minusDays(6), null, Rag.GREEN, "Ok"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
    mvc.perform(
            post(base(t) + "/status-reports")
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(report(today.plusDays(1), today.plusDays(7), Rag.GREEN, "Ok"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("periodStart"));
    JsonNode created = create(t, t.pmo(), report(today.minusDays(6), today, Rag.GREEN, "Ok"), true);
    assertThat(created.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(created.get("dueDate").asText()).isEqualTo(today.plusDays(2).toString());
  }

  @Test
  void a_report_submitted_as_it_is_created_is_located_without_the_query() throws Exception {
    Team t = team(false);
    LocalDate today = LocalDate.now();

    MvcResult result =
        mvc.perform(
                post(base(t) + "/status-reports?submit=true")
                    .with(as(t.pmo()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(report(today.minusDays(6), today, Rag.GREEN, "Ok"))))
            .andExpect(status().isCreated())
            .andReturn();
    JsonNode created = read(result);
    assertThat(result.getResponse().getHeader(HttpHeaders.ETAG))
        .isEqualTo("\"" + created.get("version").asLong() + "\"");
    assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
        .endsWith(base(t) + "/status-reports/" + created.get("id").asLong());
  }
}
