package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@RecordApplicationEvents
class MilestoneApiTest extends ControlTestSupport {

  private static final LocalDate BASELINE = LocalDate.now().plusDays(30);

  @Autowired ControlApi control;
  @Autowired ApplicationEvents events;

  private String base(Team t) {
    return "/api/v1/projects/" + t.id() + "/milestones";
  }

  private ResultActions postMilestone(Team t, UserSummary who, Object body) throws Exception {
    return mvc.perform(
        post(base(t)).with(as(who)).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  private static Map<String, Object> body(String name, LocalDate baseline, LocalDate forecast) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("baselineDate", baseline == null ? null : baseline.toString());
    body.put("forecastDate", forecast == null ? null : forecast.toString());
    return body;
  }

  @Test
  void the_manager_plans_a_milestone_whose_forecast_defaults_to_the_baseline() throws Exception {
    Team t = team(false);
    JsonNode created =
        read(
            postMilestone(t, t.manager(), body("Go-live", BASELINE, null))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.forecastDate").value(BASELINE.toString()))
                .andExpect(jsonPath("$.slipDays").value(0))
                .andExpect(jsonPath("$.completed").value(false))
                .andReturn());
    long id = created.get("id").asLong();
    assertThat(
            events.stream(ProjectControlChanged.class)
                .filter(e -> e.projectId() == t.id() && e.what().equals("milestone")))
        .hasSize(1);

    mvc.perform(get(base(t)).with(as(t.stakeholder())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("Go-live"));
    mvc.perform(get(base(t) + "/" + id).with(as(t.executive())))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
  }

  @Test
  void a_milestone_moves_only_with_its_version_and_shows_its_slip() throws Exception {
    Team t = team(false);
    long id =
        read(postMilestone(t, t.pmo(), body("Design approved", BASELINE, null)).andReturn())
            .get("id")
            .asLong();
    Map<String, Object> moved = body("Design approved", BASELINE, BASELINE.plusDays(12));

    mvc.perform(
            put(base(t) + "/" + id)
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(moved)))
        .andExpect(status().isPreconditionRequired());
    mvc.perform(
            put(base(t) + "/" + id)
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(moved)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.slipDays").value(12))
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
    mvc.perform(
            put(base(t) + "/" + id)
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body("Design approved", BASELINE, BASELINE))))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    mvc.perform(
            post(base(t) + "/" + id + "/complete")
                .with(as(t.manager()))
                .header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.completedDate").value(LocalDate.now().toString()))
        .andExpect(jsonPath("$.completed").value(true));

    mvc.perform(
            delete(base(t) + "/" + id).with(as(t.manager())).header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isConflict());
    mvc.perform(
            delete(base(t) + "/" + id).with(as(t.manager())).header(HttpHeaders.IF_MATCH, "\"2\""))
        .andExpect(status().isNoContent());
    mvc.perform(get(base(t) + "/" + id).with(as(t.manager()))).andExpect(status().isNotFound());
  }

  @Test
  void bad_input_is_a_problem_with_every_field_named() throws Exception {
    Team t = team(false);
    postMilestone(t, t.manager(), body("  ", null, null))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'baselineDate')]").exists());
    postMilestone(t, t.manager(), body("x".repeat(201), BASELINE, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    Map<String, Object> future = body("Go-live", BASELINE, null);
    future.put("completedDate", LocalDate.now().plusDays(3).toString());
    postMilestone(t, t.manager(), future)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("completedDate"));
    mvc.perform(
            post(base(t))
                .with(as(t.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Go-live\",\"baselineDate\":\"tomorrow\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    assertThat(control.milestones(t.id(), current(t.pmo()))).isEmpty();
  }

  @Test
  void only_the_manager_the_pmo_and_admins_change_milestones_and_outsiders_see_nothing()
      throws Exception {
    Team t = team(true);
    Map<String, Object> body = body("Kick-off", BASELINE, null);

    mvc.perform(get(base(t))).andExpect(status().isUnauthorized());
    mvc.perform(post(base(t)).contentType(MediaType.APPLICATION_JSON).content(write(body)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get(base(t)).with(as(t.outsider())))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    postMilestone(t, t.outsider(), body).andExpect(status().isNotFound());
    postMilestone(t, t.member(), body)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    postMilestone(t, t.sponsor(), body).andExpect(status().isForbidden());
    postMilestone(t, t.executive(), body).andExpect(status().isForbidden());
    postMilestone(t, t.manager(), body).andExpect(status().isCreated());
    postMilestone(t, t.pmo(), body).andExpect(status().isCreated());
    postMilestone(t, user(org.cairnpmo.identity.Role.ADMIN), body).andExpect(status().isCreated());
    mvc.perform(get(base(t)).with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3));
  }

  @Test
  void the_next_milestone_of_many_projects_is_the_earliest_open_forecast() throws Exception {
    Team a = team(false);
    Team b = team(false);
    Team none = team(false);
    var pmo = current(a.pmo());
    var service = milestoneService;
    service.create(
        a.id(),
        new MilestoneData("Done early", BASELINE.minusDays(60), null, LocalDate.now(), null),
        pmo);
    service.create(
        a.id(), new MilestoneData("Later", BASELINE.plusDays(10), null, null, null), pmo);
    service.create(
        a.id(), new MilestoneData("Next", BASELINE, BASELINE.plusDays(5), null, null), pmo);
    service.create(b.id(), new MilestoneData("Only", BASELINE, null, null, null), pmo);

    List<Long> ids = new ArrayList<>(List.of(a.id(), b.id(), none.id()));
    // More ids than one IN list takes: the answer comes in chunks and stays the same.
    for (long i = 1; i <= 2500; i++) {
      ids.add(-i);
    }
    Map<Long, MilestoneView> next = control.nextMilestones(ids);
    assertThat(next).containsOnlyKeys(a.id(), b.id());
    assertThat(next.get(a.id()).name()).isEqualTo("Next");
    assertThat(next.get(a.id()).slipDays()).isEqualTo(5);
    assertThat(next.get(b.id()).name()).isEqualTo("Only");
    assertThat(control.milestones(a.id(), pmo))
        .extracting(MilestoneView::name)
        .containsExactly("Done early", "Next", "Later");
  }

  @Autowired MilestoneService milestoneService;
}
