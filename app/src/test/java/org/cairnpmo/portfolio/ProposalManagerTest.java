package org.cairnpmo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ApprovalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.TriageData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ObjectNode;

/**
 * A proposal names its proposed project manager, and an approval never leaves a project without one
 * by oversight: it names one, keeps the proposal's, or says that one is appointed later.
 */
class ProposalManagerTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio";

  @Autowired ProposalService proposals;

  private ResultActions approve(UserSummary pmo, ProposalView p, Object body) throws Exception {
    var request =
        post(API + "/proposals/" + p.id() + "/approve")
            .with(as(pmo))
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.IF_MATCH, "\"" + p.version() + "\"");
    return mvc.perform(body == null ? request : request.content(write(body)));
  }

  /** A proposal under evaluation, by a new author, naming {@code manager} (or none). */
  private ProposalView underEvaluation(UserSummary manager) {
    CurrentUser pmo = pmo();
    activeDirectSet(pmo);
    UserSummary author = user(Role.MEMBER);
    ObjectNode body = json.valueToTree(proposalData("Manager " + unique()));
    body.put("managerId", manager == null ? null : manager.id());
    ProposalView draft =
        proposals.create(
            json.treeToValue(body, org.cairnpmo.portfolio.domain.ProposalData.class),
            current(author));
    ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));
    return proposals.triage(
        submitted.id(),
        new TriageData(ProposalStatus.UNDER_EVALUATION, null, null),
        submitted.version(),
        pmo);
  }

  @Test
  void a_proposal_names_an_existing_active_person_as_its_manager() throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ObjectNode body = json.valueToTree(proposalData("Named manager " + unique()));
    body.put("managerId", manager.id());
    mvc.perform(
            post(API + "/proposals")
                .with(as(author))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.managerId").value(manager.id()))
        .andExpect(jsonPath("$.managerName").value(manager.displayName()));

    body.put("managerId", 987654321L);
    mvc.perform(
            post(API + "/proposals")
                .with(as(author))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("managerId"));
    body.put("managerId", "nobody");
    mvc.perform(
            post(API + "/proposals")
                .with(as(author))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void the_api_approves_without_a_manager_only_when_told_to_appoint_one_later() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProposalView p = underEvaluation(null);

    approve(pmo, p, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("managerId"))
        .andExpect(jsonPath("$.errors[0].message", containsString("appoint one later")));
    approve(pmo, p, new ApprovalData(null, 987654321L, null, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("managerId"));
    assertThat(proposals.get(p.id(), current(pmo)).status())
        .isEqualTo(ProposalStatus.UNDER_EVALUATION);

    approve(pmo, p, new ApprovalData("Go", null, true, null))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.managerId").doesNotExist());
  }

  @Test
  void the_api_approval_keeps_the_proposed_manager_or_names_another() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary proposed = user(Role.PROJECT_MANAGER);
    approve(pmo, underEvaluation(proposed), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.managerId").value(proposed.id()));

    UserSummary other = user(Role.PROJECT_MANAGER);
    approve(pmo, underEvaluation(proposed), new ApprovalData(null, other.id(), null, null))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.managerId").value(other.id()))
        .andExpect(jsonPath("$.managerName").value(other.displayName()));
  }

  @Test
  void the_approve_action_on_the_page_asks_for_a_manager() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProposalView p = underEvaluation(null);
    mvc.perform(get("/portfolio/proposals/" + p.id()).with(PortfolioPageTest.signedIn(pmo)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"managerId-search\""),
                        containsString("name=\"appointLater\""),
                        containsString("id=\"userIds-search\""))));

    mvc.perform(
            post("/portfolio/proposals/" + p.id() + "/approve")
                .with(PortfolioPageTest.signedIn(pmo))
                .with(csrf())
                .param("version", String.valueOf(p.version())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", containsString("appoint one later")));

    UserSummary manager = user(Role.PROJECT_MANAGER);
    mvc.perform(
            post("/portfolio/proposals/" + p.id() + "/approve")
                .with(PortfolioPageTest.signedIn(pmo))
                .with(csrf())
                .param("version", String.valueOf(p.version()))
                .param("managerId", String.valueOf(manager.id())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Approved")));
    assertThat(proposals.get(p.id(), current(pmo)).managerId()).isEqualTo(manager.id());
  }

  @Test
  void the_people_picker_finds_active_people_by_name_and_keeps_the_chosen() throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary chosen = user(Role.PROJECT_MANAGER);
    UserSummary match = user(Role.MEMBER);
    String name = match.displayName();
    mvc.perform(
            get("/portfolio/people")
                .with(PortfolioPageTest.signedIn(author))
                .param("field", "managerId")
                .param("managerIdSearch", name)
                .param("managerId", String.valueOf(chosen.id()))
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"managerId-options\""),
                        containsString("value=\"" + match.id() + "\""),
                        containsString("value=\"" + chosen.id() + "\" checked"),
                        containsString(name),
                        not(containsString("@example.org")))));
    mvc.perform(
            get("/portfolio/people")
                .with(PortfolioPageTest.signedIn(author))
                .param("field", "userIds")
                .param("multiple", "true")
                .param("userIdsSearch", "zz-no-such-person-" + unique()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nobody else matches")));
    mvc.perform(
            get("/portfolio/people")
                .with(PortfolioPageTest.signedIn(author))
                .param("field", "password"))
        .andExpect(status().isBadRequest());
    // Nobody signed in is sent to sign in, and learns nobody's name.
    mvc.perform(get("/portfolio/people").param("field", "managerId").param("managerIdSearch", name))
        .andExpect(status().is3xxRedirection())
        .andExpect(content().string(not(containsString(name))));
  }
}
