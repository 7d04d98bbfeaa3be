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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The portfolio pages, as people with different roles use them (no JavaScript involved). */
class PortfolioPageTest extends PortfolioFixtures {

  @Autowired ProposalService proposals;
  @Autowired EvaluationService evaluation;

  static RequestPostProcessor signedIn(UserSummary user) {
    return signedInAs(user);
  }

  private static long idFrom(MvcResult result) {
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/portfolio/proposals/");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void a_person_proposes_with_costs_and_benefits_sees_the_business_case_and_submits()
      throws Exception {
    UserSummary author = user(Role.MEMBER);
    mvc.perform(get("/portfolio").with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("New proposal")))
        .andExpect(content().string(containsString("href=\"/portfolio\"")));
    mvc.perform(get("/portfolio/proposals/new").with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Costs by period")));

    String title = "Warehouse scanners " + unique();
    MvcResult saved =
        mvc.perform(
                post("/portfolio/proposals")
                    .with(signedIn(author))
                    .with(csrf())
                    .param("title", title)
                    .param("problem", "Picking errors cost us customers.")
                    .param("discountRate", "10")
                    .param("currency", "EUR")
                    .param("costs[0].period", "2027")
                    .param("costs[0].capex", "1000")
                    .param("costs[1].period", "")
                    .param("benefits[0].period", "2028")
                    .param("benefits[0].amount", "500")
                    .param("benefits[1].period", "2029")
                    .param("benefits[1].amount", "500")
                    .param("benefits[2].period", "2030")
                    .param("benefits[2].amount", "500")
                    .param("risks[0].description", "Scanners arrive late")
                    .param("risks[0].probability", "2")
                    .param("risks[0].impact", "3")
                    .param("demand[0].role", "Warehouse analyst")
                    .param("demand[0].period", "2027")
                    .param("demand[0].amount", "0.5")
                    .param("demand[0].unit", "FTE")
                    .param("save", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flash", containsString("as a draft")))
            .andReturn();
    long id = idFrom(saved);
    ProposalView stored = proposals.get(id, current(author));
    assertThat(stored.costs()).hasSize(1);
    assertThat(stored.benefits()).hasSize(3);
    assertThat(stored.resourceDemand()).hasSize(1);

    mvc.perform(get("/portfolio/proposals/" + id).with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(title),
                        containsString("243 EUR"),
                        containsString("23.4 %"),
                        containsString("Submit to the PMO"),
                        containsString("Scanners arrive late"))));

    mvc.perform(
            post("/portfolio/proposals/" + id + "/submit")
                .with(signedIn(author))
                .with(csrf())
                .param("version", String.valueOf(stored.version())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Submitted")));
    assertThat(proposals.get(id, current(author)).status()).isEqualTo(ProposalStatus.SUBMITTED);
    mvc.perform(get("/portfolio/proposals/" + id + "/edit").with(signedIn(author)))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void bad_input_is_shown_next_to_its_field_and_rows_can_be_added_without_saving()
      throws Exception {
    UserSummary author = user(Role.MEMBER);
    mvc.perform(
            post("/portfolio/proposals")
                .with(signedIn(author))
                .with(csrf())
                .param("title", "")
                .param("costs[0].period", "next year")
                .param("costs[0].capex", "a lot")
                .param("save", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Please correct"),
                        containsString("Enter an amount, e.g. 120000"))));
    mvc.perform(
            post("/portfolio/proposals")
                .with(signedIn(author))
                .with(csrf())
                .param("title", "Something")
                .param("costs[0].period", "next year")
                .param("costs[0].capex", "100")
                .param("save", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Write the period as a year (2027) or a quarter")));
    MvcResult added =
        mvc.perform(
                post("/portfolio/proposals")
                    .with(signedIn(author))
                    .with(csrf())
                    .param("title", "Something")
                    .param("costs[0].period", "2027")
                    .param("costs[1].period", "2028")
                    .param("costs[2].period", "2029")
                    .param("add", "costs"))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(added.getResponse().getContentAsString()).contains("name=\"costs[3].period\"");
    assertThat(
            proposals
                .search(
                    new org.cairnpmo.portfolio.domain.ProposalFilter(null, null, true),
                    org.springframework.data.domain.PageRequest.of(0, 5),
                    current(author))
                .getTotalElements())
        .isZero();
  }

  @Test
  void the_pmo_weighs_criteria_by_pairwise_comparison_and_sees_the_inconsistent_pair()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    mvc.perform(get("/portfolio/strategy").with(signedIn(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("New criteria set")));
    MvcResult created =
        mvc.perform(
                post("/portfolio/criteria-sets")
                    .with(signedIn(pmo))
                    .with(csrf())
                    .param("name", "Pages " + unique())
                    .param("weighting", "PAIRWISE")
                    .param("criteria[0].name", "Value")
                    .param("criteria[0].scaleMin", "1")
                    .param("criteria[0].scaleMax", "5")
                    .param("criteria[1].name", "Risk")
                    .param("criteria[1].scaleMin", "1")
                    .param("criteria[1].scaleMax", "5")
                    .param("criteria[2].name", "Fit")
                    .param("criteria[2].scaleMin", "0")
                    .param("criteria[2].scaleMax", "10")
                    .param("save", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    long setId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    CriteriaSetView set = strategy.criteriaSet(setId, current(pmo));
    List<Long> c = criterionIds(set);
    // Value > Risk (3), Risk > Fit (3), but Fit > Value (5): circular, badly inconsistent.
    mvc.perform(
            post("/portfolio/criteria-sets/" + setId + "/judgements")
                .with(signedIn(pmo))
                .with(csrf())
                .param("version", String.valueOf(set.version()))
                .param("pair-" + c.get(0) + "-" + c.get(1), "3")
                .param("pair-" + c.get(0) + "-" + c.get(2), "1/5")
                .param("pair-" + c.get(1) + "-" + c.get(2), "3"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", containsString("inconsistent")));
    mvc.perform(get("/portfolio/criteria-sets/" + setId).with(signedIn(pmo)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Inconsistent judgements"),
                        containsString("ahp-pair--flagged"),
                        containsString("Reconsider"),
                        containsString("λmax"))));
    mvc.perform(
            post("/portfolio/criteria-sets/" + setId + "/activate")
                .with(signedIn(pmo))
                .with(csrf())
                .param(
                    "version", String.valueOf(strategy.criteriaSet(setId, current(pmo)).version())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", containsString("inconsistent")));

    UserSummary member = user(Role.MEMBER);
    mvc.perform(get("/portfolio/criteria-sets/" + setId).with(signedIn(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Save comparisons"))));
    mvc.perform(get("/portfolio/criteria-sets/new").with(signedIn(member)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/portfolio/criteria-sets/" + setId + "/activate")
                .with(signedIn(member))
                .with(csrf())
                .param("version", "0"))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_scorer_scores_on_their_own_sheet_and_the_ranking_shows_the_result() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary author = user(Role.MEMBER);
    UserSummary scorer = user(Role.MEMBER);
    UserSummary executive = user(Role.EXECUTIVE);
    activeDirectSet(current(pmo));
    ProposalView draft = proposals.create(proposalData("Ranked " + unique()), current(author));
    ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));

    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/triage")
                .with(signedIn(pmo))
                .with(csrf())
                .param("version", String.valueOf(submitted.version()))
                .param("outcome", "UNDER_EVALUATION"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("evaluation")));
    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/scorers")
                .with(signedIn(pmo))
                .with(csrf())
                .param("userIds", String.valueOf(scorer.id())))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/portfolio").with(signedIn(scorer)))
        .andExpect(content().string(containsString("Waiting for your scores")));
    ScoreSheetView sheet = evaluation.mySheet(draft.id(), current(scorer));
    mvc.perform(get("/portfolio/proposals/" + draft.id() + "/score").with(signedIn(scorer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Strategic value")));
    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/score")
                .with(signedIn(scorer))
                .with(csrf())
                .param("version", String.valueOf(sheet.version()))
                .param("scores[0].criterionId", String.valueOf(sheet.rows().get(0).criterionId()))
                .param("scores[0].value", "4")
                .param("scores[0].comment", "Clearly strategic")
                .param("scores[1].criterionId", String.valueOf(sheet.rows().get(1).criterionId()))
                .param("scores[1].value", "")
                .param("action", "submit"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rate Delivery confidence")));
    sheet = evaluation.mySheet(draft.id(), current(scorer));
    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/score")
                .with(signedIn(scorer))
                .with(csrf())
                .param("version", String.valueOf(sheet.version()))
                .param("scores[0].criterionId", String.valueOf(sheet.rows().get(0).criterionId()))
                .param("scores[0].value", "5")
                .param("scores[1].criterionId", String.valueOf(sheet.rows().get(1).criterionId()))
                .param("scores[1].value", "8")
                .param("action", "submit"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("submitted")));

    // 0.75 × (5−1)/4 + 0.25 × 8/10 = 0.95
    mvc.perform(get("/portfolio/ranking").with(signedIn(executive)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(draft.code()), containsString("95.0"))));
    mvc.perform(get("/portfolio/proposals/" + draft.id()).with(signedIn(pmo)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString("Weighted score"), containsString("Approve"))));
    mvc.perform(get("/portfolio/ranking").with(signedIn(author))).andExpect(status().isForbidden());
    mvc.perform(get("/portfolio/proposals/" + draft.id()).with(signedIn(user(Role.MEMBER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/portfolio/proposals/" + draft.id() + "/score").with(signedIn(author)))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/approve")
                .with(signedIn(pmo))
                .with(csrf())
                .param("appointLater", "true")
                .param(
                    "version", String.valueOf(proposals.get(draft.id(), current(pmo)).version())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Approved")));
  }

  @Test
  void every_form_renders_for_its_audience_and_a_stale_edit_keeps_the_input() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary author = user(Role.MEMBER);
    var objective =
        strategy.defineObjective(
            new ObjectiveData("Pages " + unique(), "d", pmo.id(), "t", null, null, null),
            current(pmo));
    CriteriaSetView draftSet =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Draft " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(
                    new CriteriaSetData.Criterion(
                        null, "Only", null, 1, 5, java.math.BigDecimal.ONE)),
                null),
            current(pmo));
    for (String path :
        List.of(
            "/portfolio/strategy",
            "/portfolio/objectives/new",
            "/portfolio/objectives/" + objective.id() + "/edit",
            "/portfolio/criteria-sets/new",
            "/portfolio/criteria-sets/" + draftSet.id(),
            "/portfolio/criteria-sets/" + draftSet.id() + "/edit",
            "/portfolio/ranking")) {
      mvc.perform(get(path).with(signedIn(pmo))).andExpect(status().isOk());
    }
    mvc.perform(get("/portfolio/objectives/new").with(signedIn(author)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/portfolio/strategy").with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("New objective"))));
    mvc.perform(get("/portfolio/objectives/999999999/edit").with(signedIn(pmo)))
        .andExpect(status().isNotFound());

    // The objective form shows what is wrong, and saves what is right.
    mvc.perform(
            post("/portfolio/objectives")
                .with(signedIn(pmo))
                .with(csrf())
                .param("name", "Dates " + unique())
                .param("periodFrom", "2028-01-01")
                .param("periodTo", "2027-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The period cannot end before it starts.")));
    mvc.perform(
            post("/portfolio/objectives/" + objective.id() + "/edit")
                .with(signedIn(pmo))
                .with(csrf())
                .param("name", "Renamed " + unique())
                .param("version", String.valueOf(objective.version())))
        .andExpect(status().is3xxRedirection());

    // Rows of the criteria set form are added and removed without saving.
    mvc.perform(
            post("/portfolio/criteria-sets/" + draftSet.id() + "/edit")
                .with(signedIn(pmo))
                .with(csrf())
                .param("name", draftSet.name())
                .param("criteria[0].id", String.valueOf(draftSet.criteria().get(0).id()))
                .param("criteria[0].name", "Only")
                .param("criteria[0].scaleMin", "1")
                .param("criteria[0].scaleMax", "5")
                .param("add", "criterion"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"criteria[1].name\"")));

    // The author's draft: edit form, htmx list fragment, and a stale save that keeps the input.
    ProposalView draft = proposals.create(proposalData("Edit " + unique()), current(author));
    mvc.perform(get("/portfolio/proposals/" + draft.id() + "/edit").with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Save changes")));
    mvc.perform(get("/portfolio/proposals/" + draft.id() + "/edit").with(signedIn(pmo)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/portfolio")
                .param("mine", "true")
                .header("HX-Request", "true")
                .with(signedIn(author)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString(draft.code()), not(containsString("<html")))));
    proposals.revise(
        draft.id(), proposalData("Changed elsewhere"), draft.version(), current(author));
    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/edit")
                .with(signedIn(author))
                .with(csrf())
                .param("title", "My late change")
                .param("version", String.valueOf(draft.version()))
                .param("save", "true"))
        .andExpect(status().isConflict())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Someone else changed"), containsString("My late change"))));
    mvc.perform(
            post("/portfolio/proposals/" + draft.id() + "/edit")
                .with(signedIn(author))
                .with(csrf())
                .param("title", "x")
                .param("costs[0].period", "2027")
                .param("costs[1].period", "2028")
                .param("remove", "costs:0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"2028\"")));
  }
}
