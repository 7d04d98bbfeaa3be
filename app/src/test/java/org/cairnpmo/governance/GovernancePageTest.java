package org.cairnpmo.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;

class GovernancePageTest extends GovernanceTestSupport {

  private static String page(Governed g) {
    return "/governance/projects/" + g.project().id();
  }

  @Test
  void the_board_lists_what_waits_for_a_decision_and_links_to_the_gate() throws Exception {
    Governed g = governed(false);
    requestReview(g);

    mvc.perform(get("/governance").with(as(g.reviewer())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Governance board")))
        .andExpect(content().string(containsString(g.project().code())))
        .andExpect(
            content()
                .string(
                    containsString(
                        "href=\"/governance/projects/" + g.project().id() + "#decide\"")))
        .andExpect(content().string(containsString("aria-current=\"page\">Governance</a>")));
    mvc.perform(get("/governance")).andExpect(status().is3xxRedirection());
  }

  @Test
  void the_home_page_tells_a_reviewer_what_waits_for_their_decision() throws Exception {
    Governed g = governed(false);
    requestReview(g);

    mvc.perform(get("/").with(as(g.reviewer())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Decide: Approval")))
        .andExpect(content().string(containsString(g.project().code())));
    mvc.perform(get("/").with(as(g.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Decide: Approval"))));
  }

  @Test
  void a_confidential_projects_gates_are_not_found_for_outsiders() throws Exception {
    Governed secret = governed(true);

    mvc.perform(get(page(secret)).with(as(user(Role.MEMBER)))).andExpect(status().isNotFound());
    mvc.perform(get("/governance/projects/987654321").with(as(user(Role.PMO))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/governance/projects/abc").with(as(user(Role.PMO))))
        .andExpect(status().isBadRequest());
    mvc.perform(get(page(secret)).with(as(user(Role.EXECUTIVE)))).andExpect(status().isOk());
  }

  @Test
  void the_manager_places_a_project_and_prepares_its_first_gate() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    LifecycleView lifecycle = lifecycle(user(Role.MEMBER));
    TierView tier = tier(lifecycle);
    var project = project(manager, false);
    String url = "/governance/projects/" + project.id();

    mvc.perform(get(url).with(as(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("not on a lifecycle yet")))
        .andExpect(content().string(containsString("Only the project's manager or the PMO")));
    mvc.perform(get(url).with(as(manager)).param("riskLevel", "HIGH"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Put the project on a lifecycle")))
        .andExpect(content().string(containsString("Classification")));
    mvc.perform(
            post(url + "/placement")
                .with(as(user(Role.MEMBER)))
                .with(csrf())
                .param("riskLevel", "LOW")
                .param("tierId", String.valueOf(tier.id())))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(url + "/placement")
                .with(as(manager))
                .with(csrf())
                .param("riskLevel", "LOW")
                .param("tierId", String.valueOf(tier.id())))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(url))
        .andExpect(
            flash().attribute("flash", containsString("It is in its first phase, Initiation")));

    mvc.perform(get(url).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("gov-stepper")))
        .andExpect(content().string(containsString("Gate: Approval")))
        .andExpect(content().string(containsString("Request review")))
        .andExpect(content().string(containsString("Business case approved")));
  }

  @Test
  void a_gate_decided_by_a_role_alone_says_so_without_an_also() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    TierView tier = tier(lifecycle(null));
    var project = project(manager, false);
    String url = "/governance/projects/" + project.id();
    // Under way in Execution, whose gate names no reviewer, only the Executive role.
    mvc.perform(
            post(url + "/placement")
                .with(as(manager))
                .with(csrf())
                .param("riskLevel", "LOW")
                .param("tierId", String.valueOf(tier.id()))
                .param("currentPhase", "1"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(url).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Gate: Acceptance")))
        .andExpect(content().string(containsString("Everyone with the role")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Also everyone"))));
  }

  @Test
  void a_review_is_requested_from_the_checklist_form_and_decided_from_the_decision_form()
      throws Exception {
    Governed g = governed(false);
    String gate = page(g) + "/gates/" + g.firstGateId();

    mvc.perform(
            post(gate + "/checklist")
                .with(as(g.manager()))
                .with(csrf())
                .param("version", "0")
                .param("checks[0].checked", "true")
                .param("checks[0].note", "Signed off")
                .param("deliverables[0].provided", "true")
                .param("deliverables[0].reference", "")
                .param("action", "request"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say where &#39;Business case&#39; is")));
    mvc.perform(
            post(gate + "/checklist")
                .with(as(g.manager()))
                .with(csrf())
                .param("version", "7")
                .param("checks[0].checked", "true")
                .param("action", "save"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else changed this gate")));
    mvc.perform(
            post(gate + "/checklist")
                .with(as(g.manager()))
                .with(csrf())
                .param("version", "0")
                .param("checks[0].checked", "true")
                .param("checks[0].note", "Signed off")
                .param("deliverables[0].provided", "true")
                .param("deliverables[0].reference", "https://docs.example.org/bc")
                .param("note", "Please decide before the steering committee")
                .param("action", "request"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Review requested")));

    mvc.perform(get(page(g)).with(as(g.manager())))
        .andExpect(content().string(containsString("Awaiting the board")))
        .andExpect(content().string(not(containsString("Record the decision"))));
    // The saved checklist shows in the current gate's history.
    mvc.perform(get(page(g)).with(as(g.manager())))
        .andExpect(content().string(containsString("data-testid=\"record-history\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.matchesPattern(
                        "(?s).*class=\"history-new\">[^<]*Signed off.*")));
    mvc.perform(get(page(g)).with(as(g.reviewer())))
        .andExpect(content().string(containsString("Record the decision")))
        .andExpect(content().string(containsString("https://docs.example.org/bc")));

    mvc.perform(
            post(gate + "/decision")
                .with(as(user(Role.MEMBER)))
                .with(csrf())
                .param("decision", "GO")
                .param("rationale", "Why not"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(gate + "/decision")
                .with(as(g.reviewer()))
                .with(csrf())
                .param("decision", "GO_WITH_CONDITIONS")
                .param("rationale", "Good case"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The decision was not recorded")))
        .andExpect(content().string(containsString("names at least one condition")));
    mvc.perform(
            post(gate + "/decision")
                .with(as(g.reviewer()))
                .with(csrf())
                .param("decision", "GO_WITH_CONDITIONS")
                .param("rationale", "Good case")
                .param("conditions[0].description", "Name a test lead")
                .param("conditions[0].ownerId", "")
                .param("conditions[0].dueDate", LocalDate.now().plusDays(10).toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose who owns the condition")));
    mvc.perform(
            post(gate + "/decision")
                .with(as(g.reviewer()))
                .with(csrf())
                .param("decision", "GO_WITH_CONDITIONS")
                .param("rationale", "Good case")
                .param("conditions[0].description", "")
                .param("conditions[1].description", "Name a test lead")
                .param("conditions[1].ownerId", String.valueOf(g.manager().id()))
                .param("conditions[1].dueDate", LocalDate.now().plusDays(10).toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("is now in Execution")));

    mvc.perform(get(page(g)).with(as(g.manager())))
        .andExpect(content().string(containsString("Gate: Acceptance")))
        .andExpect(content().string(containsString("Go with conditions")))
        .andExpect(content().string(containsString("Name a test lead")))
        .andExpect(content().string(containsString("Mark met")));
    mvc.perform(get("/governance").with(as(user(Role.EXECUTIVE))))
        .andExpect(content().string(containsString(g.project().code())))
        .andExpect(content().string(containsString("Go with conditions")));
  }

  @Test
  void a_condition_is_marked_met_in_place_with_htmx() throws Exception {
    Governed g = governed(false);
    requestReview(g);
    gates.decide(
        g.project().id(),
        g.firstGateId(),
        new DecisionData(
            GateDecision.GO_WITH_CONDITIONS,
            "Fine",
            java.util.List.of(
                new DecisionData.Condition("Hire", g.manager().id(), LocalDate.now().plusDays(2))),
            null),
        current(g.reviewer()));
    long conditionId =
        gates.get(g.project().id(), pmo()).gates().get(0).reviews().get(0).conditions().get(0).id();

    String body =
        mvc.perform(
                post(page(g) + "/conditions/" + conditionId + "/met")
                    .with(as(g.manager()))
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("note", "Hired Ada"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .startsWith("<div")
        .contains("condition-" + conditionId)
        .contains("is-met")
        .contains("Hired Ada")
        .doesNotContain("<html");
    mvc.perform(
            post(page(g) + "/conditions/" + conditionId + "/met")
                .with(as(g.manager()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", containsString("already marked as met")));
  }

  @Test
  void the_setup_pages_show_the_methodology_and_only_the_pmo_changes_it() throws Exception {
    UserSummary member = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle(null);
    TierView tier = tier(lifecycle);

    mvc.perform(get("/governance/setup").with(as(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(tier.name())))
        .andExpect(content().string(containsString(lifecycle.name())))
        .andExpect(content().string(not(containsString("New tier"))));
    mvc.perform(get("/governance/tiers/new").with(as(member))).andExpect(status().isForbidden());
    mvc.perform(get("/governance/lifecycles/new").with(as(member)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/governance/setup/criteria").with(as(member)).with(csrf()).param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/governance/lifecycles/" + lifecycle.id()).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Business case approved")))
        .andExpect(content().string(not(containsString("Edit lifecycle"))));

    mvc.perform(get("/governance/setup").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("New tier")))
        .andExpect(content().string(containsString("Save criteria")));
    mvc.perform(get("/governance/tiers/new").with(as(pmo))).andExpect(status().isOk());
    mvc.perform(get("/governance/tiers/" + tier.id() + "/edit").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(tier.name())));
    mvc.perform(
            post("/governance/tiers")
                .with(as(pmo))
                .with(csrf())
                .param("level", "0")
                .param("name", "")
                .param("match", "ANY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Levels start at 1")))
        .andExpect(content().string(containsString("Enter the tier&#39;s name")));
    String name = "Page tier " + unique();
    mvc.perform(
            post("/governance/tiers")
                .with(as(pmo))
                .with(csrf())
                .param("level", String.valueOf(nextLevel()))
                .param("name", name)
                .param("match", "ALL")
                .param("minBudget", "250000")
                .param("minRisk", "MEDIUM")
                .param("lifecycleId", String.valueOf(lifecycle.id())))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/governance/setup#tiers"));
    assertThat(methodology.tiers()).anySatisfy(t -> assertThat(t.name()).isEqualTo(name));
  }

  @Test
  void a_lifecycle_is_written_in_a_form_that_adds_and_removes_phases_without_javascript()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    mvc.perform(get("/governance/lifecycles/new").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Phase 4")))
        .andExpect(content().string(not(containsString("Phase 5"))));
    mvc.perform(
            post("/governance/lifecycles")
                .with(as(pmo))
                .with(csrf())
                .param("name", "Form " + unique())
                .param("phases[0].name", "Only")
                .param("phases[0].gateName", "Done")
                .param("addPhase", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Phase 2")))
        .andExpect(content().string(not(containsString("Phase 3"))));
    mvc.perform(
            post("/governance/lifecycles")
                .with(as(pmo))
                .with(csrf())
                .param("name", "Form " + unique())
                .param("phases[0].name", "Only")
                .param("phases[0].gateName", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the name of the gate")));
    String location =
        mvc.perform(
                post("/governance/lifecycles")
                    .with(as(pmo))
                    .with(csrf())
                    .param("name", "Form " + unique())
                    .param("phases[0].name", "Build")
                    .param("phases[0].gateName", "Built")
                    .param("phases[0].criteria", "Tests pass\n\nDocs written\n")
                    .param("phases[0].reviewerRoles", "EXECUTIVE")
                    .param("phases[1].name", "Run")
                    .param("phases[1].gateName", "Handed over"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/governance/lifecycles/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(methodology.lifecycle(id).phases().get(0).criteria())
        .containsExactly("Tests pass", "Docs written");
    mvc.perform(get(location).with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Edit lifecycle")));
    mvc.perform(get(location + "/edit").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tests pass")));
  }

  @Test
  void a_frozen_lifecycle_is_changed_through_a_new_revision() throws Exception {
    Governed g = governed(false);
    UserSummary pmo = user(Role.PMO);
    String url = "/governance/lifecycles/" + g.lifecycle().id();

    mvc.perform(get(url).with(as(pmo)))
        .andExpect(content().string(containsString("Frozen")))
        .andExpect(content().string(containsString("New revision")));
    mvc.perform(get(url + "/edit").with(as(pmo)))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", containsString("new revision")));
    mvc.perform(post(url + "/revisions").with(as(pmo)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/governance/lifecycles/*/edit"))
        .andExpect(flash().attribute("flash", containsString("Revision 2 created")));
    mvc.perform(post(url + "/revisions").with(as(member())).with(csrf()))
        .andExpect(status().isForbidden());
  }

  private UserSummary member() {
    return user(Role.MEMBER);
  }
}
