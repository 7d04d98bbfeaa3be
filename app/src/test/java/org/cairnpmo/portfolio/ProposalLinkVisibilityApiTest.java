package org.cairnpmo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A proposal someone may not see looks exactly like one that does not exist when it is named as a
 * dependency: refused with the same answer, and never labelled with its code or title.
 */
class ProposalLinkVisibilityApiTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio/proposals";
  private static final long MISSING = 987_654_321L;

  @Autowired ProposalService proposals;

  @Test
  void naming_a_hidden_proposal_as_a_dependency_answers_as_naming_a_missing_one() throws Exception {
    UserSummary owner = user(Role.MEMBER);
    UserSummary outsider = user(Role.MEMBER);
    ProposalView hidden =
        proposals.create(proposalData("Secret merger " + unique()), current(owner));

    MvcResult onHidden = create(outsider, hidden.id());
    MvcResult onMissing = create(outsider, MISSING);

    assertThat(onHidden.getResponse().getStatus()).isEqualTo(400);
    assertThat(onMissing.getResponse().getStatus()).isEqualTo(400);
    assertThat(body(onHidden, hidden.id())).isEqualTo(body(onMissing, MISSING));
    assertThat(onHidden.getResponse().getContentAsString())
        .doesNotContain(hidden.title())
        .doesNotContain(hidden.code());

    // The owner may see it, so the owner may depend on it.
    assertThat(create(owner, hidden.id()).getResponse().getStatus()).isEqualTo(201);
  }

  @Test
  void a_dependency_the_reader_may_not_see_has_no_label_in_the_api_page_and_pdf() throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary sponsor = user(Role.MEMBER);
    // The author sees the other proposal because it is theirs; the sponsor of the new one cannot.
    ProposalView other =
        proposals.create(proposalData("Secret merger " + unique()), current(author));
    ProposalData base = proposalData("Warehouse " + unique());
    ProposalView dependent =
        proposals.create(
            withDependencies(base, sponsor.id(), List.of(other.id())), current(author));

    JsonNode seenByAuthor =
        read(mvc.perform(get(API + "/" + dependent.id()).with(as(author))).andReturn());
    assertThat(seenByAuthor.at("/dependencies/0/label").asString()).contains(other.title());
    assertThat(seenByAuthor.at("/dependencies/0/id").asLong()).isEqualTo(other.id());

    MvcResult seenBySponsor =
        mvc.perform(get(API + "/" + dependent.id()).with(as(sponsor)))
            .andExpect(status().isOk())
            .andReturn();
    JsonNode line = read(seenBySponsor).at("/dependencies/0");
    assertThat(line.get("label").asString()).isEqualTo(ProposalView.DependencyLine.HIDDEN_PROPOSAL);
    assertThat(line.get("id").isNull()).isTrue();
    assertThat(seenBySponsor.getResponse().getContentAsString())
        .doesNotContain(other.title())
        .doesNotContain(other.code());

    String page =
        mvc.perform(
                get("/portfolio/proposals/" + dependent.id())
                    .with(PortfolioPageTest.signedIn(sponsor)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains(ProposalView.DependencyLine.HIDDEN_PROPOSAL)
        .doesNotContain(other.title())
        .doesNotContain("/portfolio/proposals/" + other.id() + "\"");

    byte[] pdf =
        mvc.perform(get(API + "/" + dependent.id() + "/business-case.pdf").with(as(sponsor)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(ProposalView.DependencyLine.HIDDEN_PROPOSAL)
          .doesNotContain(other.title())
          .doesNotContain(other.code());
    }
  }

  @Test
  void a_dependency_recorded_while_visible_survives_a_revision_by_its_author() throws Exception {
    UserSummary author = user(Role.MEMBER);
    ProposalView other = proposals.create(proposalData("Other " + unique()), current(author));
    ProposalData data =
        withDependencies(proposalData("Kept " + unique()), null, List.of(other.id()));
    ProposalView dependent = proposals.create(data, current(author));

    mvc.perform(
            put(API + "/" + dependent.id())
                .with(as(author))
                .header(HttpHeaders.IF_MATCH, "\"" + dependent.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(data)))
        .andExpect(status().isOk());
  }

  @Test
  void a_total_cost_beyond_the_largest_project_budget_is_refused_naming_the_costs()
      throws Exception {
    ProposalData base = proposalData("Huge " + unique());
    var line = new java.math.BigDecimal("999999999999999.99");
    ProposalData huge =
        new ProposalData(
            base.title(),
            base.problem(),
            base.scope(),
            null,
            null,
            base.discountRatePercent(),
            base.currency(),
            null,
            null,
            base.objectives(),
            base.options(),
            List.of(
                new ProposalData.CostLine("2027", line, line),
                new ProposalData.CostLine("2028", line, null)),
            base.benefits(),
            base.risks(),
            base.resourceDemand(),
            List.of(),
            null);
    MvcResult result =
        mvc.perform(
                post(API)
                    .with(as(user(Role.MEMBER)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(huge)))
            .andExpect(status().isBadRequest())
            .andReturn();
    assertThat(read(result).at("/errors/0/field").asString()).isEqualTo("costs");
  }

  private MvcResult create(UserSummary author, long dependsOn) throws Exception {
    ProposalData data =
        withDependencies(proposalData("Depends " + unique()), null, List.of(dependsOn));
    return mvc.perform(
            post(API).with(as(author)).contentType(MediaType.APPLICATION_JSON).content(write(data)))
        .andReturn();
  }

  /** The problem body with the id named in the request replaced, so two answers compare. */
  private String body(MvcResult result, long id) throws Exception {
    return result
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8)
        .replaceAll("\\b" + id + "\\b", "{id}");
  }

  private static ProposalData withDependencies(
      ProposalData base, Long sponsorId, List<Long> proposalIds) {
    return new ProposalData(
        base.title(),
        base.problem(),
        base.scope(),
        sponsorId,
        null,
        base.discountRatePercent(),
        base.currency(),
        null,
        null,
        base.objectives(),
        base.options(),
        base.costs(),
        base.benefits(),
        base.risks(),
        base.resourceDemand(),
        proposalIds.stream()
            .map(id -> new ProposalData.Dependency(DependencyKind.PROPOSAL, id, null))
            .toList(),
        null);
  }
}
