package org.cairnpmo.portfolio;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad input answers 400 with the field errors; an edit of a stale version answers 409. */
class PortfolioInputApiTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio";

  @Autowired ProposalService proposals;
  @Autowired EvaluationService evaluation;

  private ResultActions postAs(UserSummary user, String path, Object body, String ifMatch)
      throws Exception {
    var request = post(API + path).with(as(user)).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    return mvc.perform(
        body == null ? request : request.content(body instanceof String s ? s : write(body)));
  }

  private ResultActions putAs(UserSummary user, String path, Object body, String ifMatch)
      throws Exception {
    var request =
        put(API + path).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(write(body));
    if (ifMatch != null) request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    return mvc.perform(request);
  }

  private static void invalid(ResultActions result, String... fields) throws Exception {
    result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/invalid-input"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder((Object[]) fields)));
  }

  @Test
  void a_proposal_with_bad_fields_is_refused_with_each_field_named() throws Exception {
    UserSummary author = user(Role.MEMBER);
    ObjectNode body = json.valueToTree(proposalData("x"));
    body.put("title", " ");
    body.put("discountRatePercent", -3);
    ((ObjectNode) body.get("risks").get(0)).put("probability", 7);
    ((ObjectNode) body.get("costs").get(0)).put("capex", -5);
    invalid(
        postAs(author, "/proposals", body, null),
        "title",
        "discountRatePercent",
        "risks[0].probability",
        "costs[0].capex");

    ObjectNode periods = json.valueToTree(proposalData("Periods " + unique()));
    ((ObjectNode) periods.get("costs").get(0)).put("period", "next year");
    ((ObjectNode) periods.get("benefits").get(1)).put("period", "2028");
    ((ObjectNode) periods.get("resourceDemand").get(0)).put("period", "Q3");
    periods.put("sponsorId", 999999999L);
    periods.put("plannedStart", "2027-06-01");
    periods.put("plannedFinish", "2027-01-01");
    invalid(
        postAs(author, "/proposals", periods, null),
        "sponsorId",
        "plannedFinish",
        "costs[0].period",
        "benefits[1].period",
        "resourceDemand[0].period");

    ObjectNode unknown = json.valueToTree(proposalData("Refs " + unique()));
    unknown.put("sponsorId", 999999999L);
    unknown.put("departmentId", 999999999L);
    invalid(postAs(author, "/proposals", unknown, null), "sponsorId", "departmentId");

    postAs(author, "/proposals", "{\"title\": \"x\", \"plannedStart\": \"June\"}", null)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void a_stale_edit_is_refused_and_nothing_is_lost() throws Exception {
    UserSummary author = user(Role.MEMBER);
    ProposalView draft = proposals.create(proposalData("Stale " + unique()), current(author));
    String path = "/proposals/" + draft.id();
    ObjectNode first = json.valueToTree(proposalData("First edit"));
    putAs(author, path, first, "\"0\"").andExpect(status().isOk());
    ObjectNode second = json.valueToTree(proposalData("Second edit"));
    putAs(author, path, second, "\"0\"")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/stale-version"))
        .andExpect(jsonPath("$.currentVersion").value(1));
    second.put("version", 0);
    putAs(author, path, second, null).andExpect(status().isConflict());
    second.remove("version");
    putAs(author, path, second, null)
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    postAs(author, path + "/submit", null, "\"0\"").andExpect(status().isConflict());
    mvc.perform(get(API + path).with(as(author)))
        .andExpect(jsonPath("$.title").value("First edit"))
        .andExpect(jsonPath("$.status").value("DRAFT"));

    UserSummary pmo = user(Role.PMO);
    var objective =
        strategy.defineObjective(
            new ObjectiveData("Obj " + unique(), null, null, null, null, null, null), current(pmo));
    var edit = new ObjectiveData("Renamed", null, null, null, null, null, null);
    putAs(pmo, "/objectives/" + objective.id(), edit, "\"0\"").andExpect(status().isOk());
    putAs(pmo, "/objectives/" + objective.id(), edit, "\"0\"").andExpect(status().isConflict());
  }

  @Test
  void submitting_needs_a_problem_statement_and_costs_and_triage_needs_a_reason_to_reject()
      throws Exception {
    UserSummary author = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    ProposalView bare =
        proposals.create(
            new ProposalData(
                "Bare " + unique(),
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
                null,
                null,
                null,
                null,
                null,
                null),
            current(author));
    invalid(
        postAs(author, "/proposals/" + bare.id() + "/submit", null, "\"0\""), "problem", "costs");
    mvc.perform(get(API + "/proposals/" + bare.id() + "/business-case").with(as(author)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.available").value(false));

    ProposalView draft = proposals.create(proposalData("Reason " + unique()), current(author));
    ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));
    invalid(
        postAs(
            pmo,
            "/proposals/" + draft.id() + "/triage",
            new TriageData(ProposalStatus.REJECTED, null, null),
            "\"" + submitted.version() + "\""),
        "reason");
    postAs(pmo, "/proposals/" + draft.id() + "/triage", "{\"version\": 1}", null)
        .andExpect(status().isBadRequest());
    postAs(pmo, "/proposals/" + draft.id() + "/approve", null, "\"" + submitted.version() + "\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/invalid-transition"));
    postAs(
            pmo,
            "/proposals/" + draft.id() + "/triage",
            new TriageData(ProposalStatus.DEFERRED, "Next budget round", null),
            "\"" + submitted.version() + "\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DEFERRED"))
        .andExpect(jsonPath("$.history[1].reason").value("Next budget round"));
  }

  @Test
  void scores_must_be_on_the_criterion_scale_and_complete_before_submitting() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary author = user(Role.MEMBER);
    UserSummary scorer = user(Role.MEMBER);
    CriteriaSetView set = activeDirectSet(current(pmo));
    ProposalView draft = proposals.create(proposalData("Scale " + unique()), current(author));
    ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));
    proposals.triage(
        draft.id(),
        new TriageData(ProposalStatus.UNDER_EVALUATION, null, null),
        submitted.version(),
        current(pmo));
    evaluation.assignScorers(draft.id(), List.of(scorer.id()), current(pmo));
    String path = "/proposals/" + draft.id() + "/scores/mine";
    List<Long> ids = criterionIds(set);
    invalid(
        putAs(
            scorer,
            path,
            new ScoreSheetData(
                List.of(
                    new ScoreSheetData.Entry(ids.get(0), 6, null),
                    new ScoreSheetData.Entry(ids.get(1), 11, null),
                    new ScoreSheetData.Entry(999999999L, 1, null)),
                null),
            "\"0\""),
        "scores[0].value",
        "scores[1].value",
        "scores[2].criterionId");
    JsonNode saved =
        read(
            putAs(
                    scorer,
                    path,
                    new ScoreSheetData(
                        List.of(new ScoreSheetData.Entry(ids.get(0), 5, "Fine")), null),
                    "\"0\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weightedScore").isEmpty())
                .andReturn());
    String version = "\"" + saved.get("version").asLong() + "\"";
    postAs(scorer, path + "/submit", null, version)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(org.hamcrest.Matchers.containsString("Delivery confidence")));
    putAs(
            scorer,
            path,
            new ScoreSheetData(
                List.of(
                    new ScoreSheetData.Entry(ids.get(0), 5, "Fine"),
                    new ScoreSheetData.Entry(ids.get(1), 0, null)),
                null),
            version)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weightedScore").value(75.0));
    postAs(scorer, path + "/submit", null, "\"" + (saved.get("version").asLong() + 1) + "\"")
        .andExpect(status().isOk());
    putAs(
            scorer,
            path,
            new ScoreSheetData(List.of(), null),
            "\"" + (saved.get("version").asLong() + 2) + "\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/scores-submitted"));
  }

  @Test
  void criteria_sets_are_validated_flag_inconsistency_freeze_after_use_and_can_be_copied()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    invalid(
        postAs(
            pmo,
            "/criteria-sets",
            new CriteriaSetData(
                "Bad " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(new CriteriaSetData.Criterion(null, "A", null, 5, 1, BigDecimal.ONE)),
                null),
            null),
        "criteria[0].scaleMax");
    invalid(
        postAs(pmo, "/criteria-sets", new CriteriaSetData(" ", null, null, List.of(), null), null),
        "name");

    JsonNode set =
        read(
            postAs(
                    pmo,
                    "/criteria-sets",
                    new CriteriaSetData(
                        "AHP " + unique(),
                        null,
                        WeightingMethod.PAIRWISE,
                        List.of(
                            new CriteriaSetData.Criterion(null, "A", null, 1, 5, null),
                            new CriteriaSetData.Criterion(null, "B", null, 1, 5, null),
                            new CriteriaSetData.Criterion(null, "C", null, 1, 5, null),
                            new CriteriaSetData.Criterion(null, "D", null, 1, 5, null)),
                        null),
                    null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.weightsComplete").value(false))
                .andReturn());
    long id = set.get("id").asLong();
    long[] c = new long[4];
    for (int i = 0; i < 4; i++) c[i] = set.get("criteria").get(i).get("id").asLong();
    invalid(
        putAs(
            pmo,
            "/criteria-sets/" + id + "/judgements",
            new JudgementsData(List.of(new JudgementsData.Judgement(c[0], c[1], 12.0)), null),
            "\"0\""),
        "judgements[0].value");
    JsonNode judged =
        read(
            putAs(
                    pmo,
                    "/criteria-sets/" + id + "/judgements",
                    new JudgementsData(
                        List.of(
                            new JudgementsData.Judgement(c[0], c[1], 2.0),
                            new JudgementsData.Judgement(c[0], c[2], 4.0),
                            new JudgementsData.Judgement(c[0], c[3], 1.0 / 8),
                            new JudgementsData.Judgement(c[1], c[2], 2.0),
                            new JudgementsData.Judgement(c[1], c[3], 4.0),
                            new JudgementsData.Judgement(c[2], c[3], 2.0)),
                        null),
                    "\"0\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ahp.consistent").value(false))
                .andExpect(jsonPath("$.ahp.revision.criterionName").value("A"))
                .andExpect(jsonPath("$.ahp.revision.comparedToName").value("D"))
                .andExpect(jsonPath("$.ahp.revision.suggestedValue").value(8.0))
                .andExpect(jsonPath("$.activatable").value(false))
                .andReturn());
    String version = "\"" + judged.get("version").asLong() + "\"";
    postAs(pmo, "/criteria-sets/" + id + "/activate", null, version)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.type").value("https://cairnpmo.org/problems/inconsistent-judgements"));
    JsonNode fixed =
        read(
            putAs(
                    pmo,
                    "/criteria-sets/" + id + "/judgements",
                    new JudgementsData(
                        List.of(
                            new JudgementsData.Judgement(c[0], c[1], 2.0),
                            new JudgementsData.Judgement(c[0], c[2], 4.0),
                            new JudgementsData.Judgement(c[0], c[3], 8.0),
                            new JudgementsData.Judgement(c[1], c[2], 2.0),
                            new JudgementsData.Judgement(c[1], c[3], 4.0),
                            new JudgementsData.Judgement(c[2], c[3], 2.0)),
                        null),
                    version)
                .andExpect(jsonPath("$.ahp.consistent").value(true))
                .andExpect(jsonPath("$.ahp.revision").isEmpty())
                .andReturn());

    // Activating retires the previously active set.
    CriteriaSetView previous = activeDirectSet(current(pmo));
    postAs(
            pmo,
            "/criteria-sets/" + id + "/activate",
            null,
            "\"" + fixed.get("version").asLong() + "\"")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    mvc.perform(get(API + "/criteria-sets/" + previous.id()).with(as(pmo)))
        .andExpect(jsonPath("$.status").value("RETIRED"));
    mvc.perform(get(API + "/criteria-sets/active").with(as(pmo)))
        .andExpect(jsonPath("$.id").value(id));
    JsonNode all =
        read(
            mvc.perform(get(API + "/criteria-sets").with(as(pmo)).param("size", "200"))
                .andReturn());
    org.assertj.core.api.Assertions.assertThat(
            all.get("content")
                .valueStream()
                .filter(s -> s.get("status").asString().equals("ACTIVE")))
        .hasSize(1);

    // Once a proposal is evaluated against it, the set is frozen; a copy can change.
    UserSummary author = user(Role.MEMBER);
    ProposalView draft = proposals.create(proposalData("Freeze " + unique()), current(author));
    ProposalView submitted = proposals.submit(draft.id(), draft.version(), current(author));
    proposals.triage(
        draft.id(),
        new TriageData(ProposalStatus.UNDER_EVALUATION, null, null),
        submitted.version(),
        current(pmo));
    JsonNode frozen =
        read(mvc.perform(get(API + "/criteria-sets/" + id).with(as(pmo))).andReturn());
    ObjectNode edit = (ObjectNode) frozen.deepCopy();
    edit.put("name", "Renamed");
    putAs(pmo, "/criteria-sets/" + id, edit, "\"" + frozen.get("version").asLong() + "\"")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/criteria-set-frozen"));
    postAs(pmo, "/criteria-sets/" + id + "/copy", null, null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.editable").value(true))
        .andExpect(jsonPath("$.copiedFromId").value(id))
        .andExpect(jsonPath("$.ahp.consistent").value(true))
        .andExpect(jsonPath("$.judgements.length()").value(6));
  }

  @Test
  void objectives_need_a_name_and_a_period_that_ends_after_it_starts() throws Exception {
    UserSummary pmo = user(Role.PMO);
    invalid(
        postAs(
            pmo,
            "/objectives",
            new ObjectiveData(
                "Grow " + unique(),
                null,
                null,
                null,
                LocalDate.of(2028, 1, 1),
                LocalDate.of(2027, 1, 1),
                null),
            null),
        "periodTo");
    invalid(
        postAs(
            pmo,
            "/objectives",
            new ObjectiveData("", null, 999999999L, null, null, null, null),
            null),
        "name");
    invalid(
        postAs(
            pmo,
            "/objectives",
            new ObjectiveData("Owner " + unique(), null, 999999999L, null, null, null, null),
            null),
        "ownerId");
    postAs(
            pmo,
            "/objectives",
            new ObjectiveData(
                "Cut churn " + unique(),
                "Keep customers",
                pmo.id(),
                "Churn below 5 % by 2028",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                null),
            null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ownerName").value(pmo.displayName()))
        .andExpect(jsonPath("$.target").value("Churn below 5 % by 2028"));
    mvc.perform(get(API + "/objectives").with(as(pmo)).param("size", "200"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].target", hasItem("Churn below 5 % by 2028")));
  }
}
