package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProposalOrigin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An approved proposal becomes a project that carries its manager, its problem statement, a code in
 * its department's scheme and a link back to the proposal, for those who may open it.
 */
class ProposalCarryOverTest extends ProjectPageTestSupport {

  @Autowired JsonMapper json;

  private static ProposalApproved approved(
      long proposalId, String code, Long managerId, Long sponsorId, Long departmentId) {
    return new ProposalApproved(
        proposalId,
        code,
        "Automated invoice processing " + code,
        "Invoices are keyed in by hand.",
        sponsorId,
        departmentId,
        managerId,
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2028, 2, 29),
        new BigDecimal("250000"),
        "EUR",
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  @Test
  void a_named_manager_starts_the_project_active_with_the_problem_as_description() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary sponsor = user(Role.EXECUTIVE);
    DepartmentSummary finance = department();

    ProjectView project =
        service.registerFromProposal(
            approved(9001, "PRO-" + unique(), manager.id(), sponsor.id(), finance.id()));

    assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(project.managerId()).isEqualTo(manager.id());
    assertThat(project.sponsorId()).isEqualTo(sponsor.id());
    assertThat(project.description()).isEqualTo("Invoices are keyed in by hand.");
    assertThat(project.code()).isEqualTo(finance.code().toUpperCase() + "-2027-01");
    assertThat(project.origin())
        .isEqualTo(new ProposalOrigin(9001, project.origin().proposalCode()));
  }

  @Test
  void without_a_manager_the_project_waits_proposed_and_its_page_asks_for_one() throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView project =
        service.registerFromProposal(approved(9002, "PRO-" + unique(), 987654321L, null, null));

    assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
    assertThat(project.managerId()).isNull();
    String page = page("/projects/" + project.id(), pmo);
    assertThat(page).contains("A manager must be appointed");
  }

  @Test
  void codes_follow_the_department_scheme_with_the_next_free_number() {
    DepartmentSummary dept = department();
    String prefix = dept.code().toUpperCase() + "-2027-";
    register(prefix + "07", dept.id(), null, false);

    ProjectView first =
        service.registerFromProposal(approved(9003, "PRO-" + unique(), null, null, dept.id()));
    ProjectView second =
        service.registerFromProposal(approved(9004, "PRO-" + unique(), null, null, dept.id()));

    assertThat(first.code()).isEqualTo(prefix + "08");
    assertThat(second.code()).isEqualTo(prefix + "09");
  }

  @Test
  void without_a_department_the_code_is_the_proposals() {
    String code = "PRO-" + unique();
    ProjectView first = service.registerFromProposal(approved(9005, code, null, null, null));
    ProjectView second = service.registerFromProposal(approved(9006, code, null, null, null));

    assertThat(first.code()).isEqualTo(code);
    assertThat(second.code()).isEqualTo(code + "-2");
  }

  @Test
  void the_origin_is_a_link_only_for_those_who_may_open_the_proposal() throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary other = user(Role.MEMBER);
    String body =
        mvc.perform(
                post("/api/v1/portfolio/proposals")
                    .with(as(author))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Invoice scanning " + unique() + "\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode proposal = json.readTree(body);
    long proposalId = proposal.get("id").asLong();
    String code = proposal.get("code").asString();
    ProjectView project =
        service.registerFromProposal(approved(proposalId, code, null, null, null));
    String text = "From proposal " + code + " — business case";
    String link = "href=\"/portfolio/proposals/" + proposalId + "\"";

    String authorPage = page("/projects/" + project.id(), author);
    assertThat(authorPage).contains(text).contains(link);

    String otherPage = page("/projects/" + project.id(), other);
    assertThat(otherPage).contains(text).doesNotContain(link);
  }

  private String page(String path, UserSummary user) throws Exception {
    var response = mvc.perform(get(path).with(as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }
}
