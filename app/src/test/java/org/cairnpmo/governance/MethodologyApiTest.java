package org.cairnpmo.governance;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class MethodologyApiTest extends GovernanceTestSupport {

  private static final String LIFECYCLE =
      """
      {"name": "%s", "description": "Light", "phases": [
        {"name": "Plan", "gateName": "Plan approved", "criteria": ["Scope agreed"],
         "deliverables": ["Plan"], "reviewerUserIds": [%d], "reviewerRoles": ["EXECUTIVE"]},
        {"name": "Deliver", "gateName": "Handover", "criteria": [], "deliverables": []}
      ]}
      """;

  private ResultActions expectProblem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void reading_the_methodology_needs_a_sign_in_and_nothing_more() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/governance/tiers",
          "/api/v1/governance/lifecycles",
          "/api/v1/governance/criteria",
          "/api/v1/governance/classification"
        }) {
      expectProblem(mvc.perform(get(path)), 401)
          .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/unauthorized"));
      mvc.perform(get(path).with(as(user(Role.MEMBER)))).andExpect(status().isOk());
    }
  }

  @Test
  void only_the_pmo_and_administrators_change_tiers_lifecycles_and_criteria() throws Exception {
    UserSummary reviewer = user(Role.MEMBER);
    for (Role role : new Role[] {Role.MEMBER, Role.PROJECT_MANAGER, Role.EXECUTIVE}) {
      UserSummary someone = user(role);
      expectProblem(
              mvc.perform(
                  post("/api/v1/governance/lifecycles")
                      .with(as(someone))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(LIFECYCLE.formatted("L " + unique(), reviewer.id()))),
              403)
          .andExpect(jsonPath("$.title").value("Forbidden"));
      expectProblem(
          mvc.perform(
              post("/api/v1/governance/tiers")
                  .with(as(someone))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"level\": %d, \"name\": \"T %s\"}".formatted(nextLevel(), unique()))),
          403);
      expectProblem(
          mvc.perform(
              put("/api/v1/governance/criteria")
                  .with(as(someone))
                  .header("If-Match", "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"minBudget\": 1}")),
          403);
    }
    mvc.perform(
            post("/api/v1/governance/lifecycles")
                .with(as(user(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(LIFECYCLE.formatted("L " + unique(), reviewer.id())))
        .andExpect(status().isCreated());
  }

  @Test
  void a_lifecycle_is_created_read_and_changed_with_its_version() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary reviewer = user(Role.MEMBER);
    String name = "Light " + unique();
    String location =
        mvc.perform(
                post("/api/v1/governance/lifecycles")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(LIFECYCLE.formatted(name, reviewer.id())))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/v1/governance/lifecycles/")))
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.revision").value(1))
            .andExpect(jsonPath("$.frozen").value(false))
            .andExpect(jsonPath("$.phases[0].gateName").value("Plan approved"))
            .andExpect(jsonPath("$.phases[0].reviewers[0].name").value(reviewer.displayName()))
            .andExpect(jsonPath("$.phases[0].reviewerRoles[0]").value("EXECUTIVE"))
            .andExpect(jsonPath("$.phases[1].position").value(1))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(get(location).with(as(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.name").value(name));

    String changed = LIFECYCLE.formatted(name, reviewer.id()).replace("\"Deliver\"", "\"Build\"");
    mvc.perform(
            put(location)
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.phases[1].name").value("Build"));

    expectProblem(
            mvc.perform(
                put(location)
                    .with(as(pmo))
                    .header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(LIFECYCLE.formatted(name, reviewer.id()))),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/stale-version"))
        .andExpect(jsonPath("$.currentVersion").value(1));
    expectProblem(
        mvc.perform(
            put(location)
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(LIFECYCLE.formatted(name, reviewer.id()))),
        428);
    mvc.perform(get(location).with(as(pmo))).andExpect(jsonPath("$.phases[1].name").value("Build"));
  }

  @Test
  void a_lifecycle_without_phases_or_with_an_unnamed_gate_is_refused_field_by_field()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    expectProblem(
            mvc.perform(
                post("/api/v1/governance/lifecycles")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"\", \"phases\": []}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("phases")));
    expectProblem(
            mvc.perform(
                post("/api/v1/governance/lifecycles")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"name\": \"X %s\", \"phases\": [{\"name\": \"A\", \"criteria\": [\"\"]}]}"
                            .formatted(unique()))),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("phases[0].gateName")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("phases[0].criteria[0]")));
    expectProblem(
            mvc.perform(
                post("/api/v1/governance/lifecycles")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(LIFECYCLE.formatted("Y " + unique(), 987654321L))),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("phases[0].reviewerUserIds"));
  }

  @Test
  void a_lifecycle_in_use_is_frozen_and_changes_through_a_new_revision_that_tiers_follow()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    Governed g = governed(false);
    long oldId = g.lifecycle().id();
    TierView tier = tier(g.lifecycle());

    expectProblem(
            mvc.perform(
                put("/api/v1/governance/lifecycles/" + oldId)
                    .with(as(pmo))
                    .header("If-Match", "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(LIFECYCLE.formatted(g.lifecycle().name(), g.reviewer().id()))),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/lifecycle-frozen"));

    String location =
        mvc.perform(post("/api/v1/governance/lifecycles/" + oldId + "/revisions").with(as(pmo)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.revision").value(2))
            .andExpect(jsonPath("$.previousId").value(oldId))
            .andExpect(jsonPath("$.frozen").value(false))
            .andExpect(jsonPath("$.phases.length()").value(3))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(get("/api/v1/governance/lifecycles/" + oldId).with(as(pmo)))
        .andExpect(jsonPath("$.retired").value(true))
        .andExpect(jsonPath("$.frozen").value(true))
        .andExpect(jsonPath("$.projectsUsing").value(1));
    mvc.perform(get("/api/v1/governance/tiers/" + tier.id()).with(as(pmo)))
        .andExpect(
            jsonPath("$.lifecycleId")
                .value(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))))
        .andExpect(jsonPath("$.lifecycleRevision").value(2));
    mvc.perform(
            put(location)
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(LIFECYCLE.formatted(g.lifecycle().name(), g.reviewer().id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phases.length()").value(2));
    mvc.perform(get("/api/v1/governance/projects/" + g.project().id()).with(as(g.manager())))
        .andExpect(jsonPath("$.lifecycleId").value(oldId))
        .andExpect(jsonPath("$.gates.length()").value(3));
    expectProblem(
        mvc.perform(post("/api/v1/governance/lifecycles/" + oldId + "/revisions").with(as(pmo))),
        409);
  }

  @Test
  void a_tier_is_defined_with_its_rule_in_words_and_changed_with_its_version() throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle(null);
    int level = nextLevel();
    String name = "Major " + unique();
    String body =
        """
        {"level": %d, "name": "%s", "match": "ANY", "minBudget": 1000000, "minDurationMonths": 18,
         "minRisk": "HIGH", "lifecycleId": %d}
        """
            .formatted(level, name, lifecycle.id());
    String location =
        mvc.perform(
                post("/api/v1/governance/tiers")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.level").value(level))
            .andExpect(jsonPath("$.lifecycleName").value(lifecycle.name()))
            .andExpect(jsonPath("$.rule", startsWith("budget ≥ 1,000,000 ")))
            .andExpect(jsonPath("$.rule", org.hamcrest.Matchers.endsWith(" or risk ≥ High")))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    expectProblem(
            mvc.perform(
                post("/api/v1/governance/tiers")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("level")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    expectProblem(
            mvc.perform(
                post("/api/v1/governance/tiers")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"level\": 0, \"name\": \" \", \"minBudget\": -5}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("level")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("minBudget")));
    expectProblem(
        mvc.perform(
            post("/api/v1/governance/tiers")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\": 5, \"name\": \"Bad\", \"minRisk\": \"EXTREME\"}")),
        400);

    String renamed = body.replace(name, name + " renamed");
    mvc.perform(
            put(location)
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(renamed))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.name").value(name + " renamed"));
    expectProblem(
        mvc.perform(
            put(location)
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)),
        409);
    expectProblem(mvc.perform(get("/api/v1/governance/tiers/987654321").with(as(pmo))), 404);
  }

  @Test
  void the_project_criteria_say_what_is_business_as_usual() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String etag =
        mvc.perform(get("/api/v1/governance/criteria").with(as(pmo)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");

    mvc.perform(
            put("/api/v1/governance/criteria")
                .with(as(pmo))
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"policy\": \"Projects change something.\", \"minBudget\": 50000,"
                        + " \"currency\": \"EUR\", \"minDurationMonths\": 3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.minBudget").value(50000))
        .andExpect(jsonPath("$.rule", startsWith("A project has a budget of at least 50,000 EUR")));
    expectProblem(
        mvc.perform(
            put("/api/v1/governance/criteria")
                .with(as(pmo))
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"minBudget\": 1}")),
        409);
    expectProblem(
            mvc.perform(
                put("/api/v1/governance/criteria")
                    .with(as(pmo))
                    .header("If-Match", etag)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"minBudget\": -1, \"currency\": \"euro\"}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("minBudget")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("currency")));

    mvc.perform(
            get("/api/v1/governance/classification")
                .param("budget", "10000")
                .param("durationMonths", "2")
                .param("risk", "HIGH")
                .with(as(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.qualifiesAsProject").value(false))
        .andExpect(jsonPath("$.tierId").doesNotExist())
        .andExpect(jsonPath("$.reasons[0]", startsWith("Business as usual")));
    expectProblem(
        mvc.perform(
            get("/api/v1/governance/classification")
                .param("risk", "SEVERE")
                .with(as(user(Role.MEMBER)))),
        400);
    expectProblem(
        mvc.perform(
            get("/api/v1/governance/classification")
                .param("budget", "-3")
                .with(as(user(Role.MEMBER)))),
        400);
  }
}
