package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A scenario's budget limits less what the projects under way have committed in each period, and
 * the switch that ignores it.
 */
class CommittedSpendSelectionTest extends SelectionFixtures {

  @Autowired SetCommittedSpend committed;
  @Autowired CommittedBudget budget;

  @AfterEach
  void nothingCommitted() {
    committed.clear();
  }

  @Test
  void committed_spend_leaves_less_to_select_and_ignoring_it_picks_differently() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    // 40 of the 2027 limit of 100 is committed (once in 2027, once outside it and once in
    // another currency, which do not count): 60 is available, enough for Alpha alone.
    committed.commit(LocalDate.of(2027, 6, 30), 40, "EUR");
    committed.commit(LocalDate.of(2028, 1, 1), 500, "EUR");
    committed.commit(LocalDate.of(2027, 3, 1), 500, "USD");
    JsonNode scenario =
        create(pmoUser, npvScenario("Committed " + unique(), p.ids(), 100, List.of()));
    long id = scenario.get("id").asLong();
    JsonNode line = scenario.get("budget").get(0);
    assertThat(line.get("period").asString()).isEqualTo("2027");
    assertThat(line.get("limit").asDouble()).isEqualTo(100.0);
    assertThat(line.get("committed").asDouble()).isEqualTo(40.0);
    assertThat(line.get("available").asDouble()).isEqualTo(60.0);
    assertThat(line.get("counted").asBoolean()).isTrue();

    JsonNode result = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("result");
    assertThat(codes(result.get("selected"))).containsExactly(p.a().code());
    assertThat(result.get("constraints").get(0).get("limit").asDouble()).isEqualTo(60.0);
    assertThat(result.get("budget").get(0).get("committed").asDouble()).isEqualTo(40.0);

    // Bravo does not fit beside Alpha; the solver says what it takes.
    JsonNode bravo = leftOut(result, p.b().code());
    assertThat(bravo.get("reasons").get(0).asString()).isEqualTo("Budget 2027: needs 40, 0 left.");
    assertThat(bravo.get("limitsShort").get(0).get("constraint").asString())
        .isEqualTo("Budget 2027");
    assertThat(bravo.get("howToEnter").get(0).asString())
        .contains("if the Budget 2027 limit were 40 higher");
    JsonNode forced = bravo.get("forced");
    assertThat(forced.get("feasible").asBoolean()).isTrue();
    assertThat(forced.get("status").asString()).isEqualTo("OPTIMAL");
    assertThat(codes(forced.get("leaving"))).containsExactly(p.a().code());
    assertThat(forced.get("valueLost").asDouble())
        .isCloseTo(
            p.a().businessCase().npv().doubleValue() - p.b().businessCase().npv().doubleValue(),
            org.assertj.core.data.Offset.offset(1e-6));
    assertThat(bravo.get("howToEnter").get(1).asString())
        .contains("Made must-include")
        .contains(p.a().code() + " drops out");

    // More committed in 2027 outdates the run: its limit is not the one it solved.
    committed.commit(LocalDate.of(2027, 12, 31), 1, "EUR");
    assertThat(read(fetch(API + "/" + id, pmoUser)).get("latestRun").get("outdated").asBoolean())
        .isTrue();

    // Ignoring committed spend: the full 100 is available and Alpha and Bravo are selected.
    ScenarioData ignoring =
        ignoringCommittedSpend(npvScenario("Committed ignored", p.ids(), 100, List.of()));
    JsonNode revised =
        read(
            mvc.perform(
                    put(API + "/" + id)
                        .with(as(pmoUser))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(ignoring)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.ignoreCommittedSpend").value(true))
                .andReturn());
    assertThat(revised.get("budget").get(0).get("committed").asDouble()).isZero();
    assertThat(revised.get("budget").get(0).get("available").asDouble()).isEqualTo(100.0);
    result = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("result");
    assertThat(codes(result.get("selected"))).containsExactlyInAnyOrder(p.a().code(), p.b().code());
  }

  @Test
  void the_switch_is_a_yes_or_no_and_a_group_name_has_a_length() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    String body =
        write(npvScenario("Switch " + unique(), p.ids(), 100, List.of()))
            .replaceFirst("\\{", "{\"ignoreCommittedSpend\":\"sometimes\",");
    mvc.perform(post(API).with(as(pmoUser)).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("problem")));
    ScenarioData longName =
        new ScenarioData(
            "Long group " + unique(),
            null,
            p.ids(),
            Objective.NPV,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(new ScenarioData.Group("x".repeat(201), List.of(p.a().id(), p.b().id()))),
            List.of(),
            null,
            null,
            null,
            true);
    mvc.perform(
            post(API)
                .with(as(pmoUser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(longName)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("exclusiveGroups[0].name"));
  }

  @Test
  void a_period_more_committed_than_its_limit_has_nothing_available() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    committed.commit(LocalDate.of(2027, 2, 1), 150, "EUR");
    JsonNode scenario =
        create(pmoUser, npvScenario("Overcommitted " + unique(), p.ids(), 100, List.of()));
    assertThat(scenario.get("budget").get(0).get("available").asDouble()).isEqualTo(-50.0);
    long id = scenario.get("id").asLong();
    JsonNode result = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("result");
    assertThat(result.get("selected")).isEmpty();
    assertThat(result.get("constraints").get(0).get("limit").asDouble()).isZero();
  }

  @Test
  void period_labels_name_their_dates_and_others_are_not_counted() {
    assertThat(CommittedBudget.dates("2027"))
        .contains(new CommittedBudget.Range(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
    assertThat(CommittedBudget.dates("2027-Q2"))
        .contains(new CommittedBudget.Range(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)));
    assertThat(CommittedBudget.dates("2027-H2"))
        .contains(new CommittedBudget.Range(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31)));
    assertThat(CommittedBudget.dates("2028-02"))
        .contains(new CommittedBudget.Range(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
    assertThat(CommittedBudget.dates("2027-13")).isEmpty();
    assertThat(CommittedBudget.dates("FY27")).isEmpty();
    committed.commit(LocalDate.of(2027, 1, 1), 10, "EUR");
    ScenarioData labels =
        new ScenarioData(
            "Labels",
            null,
            List.of(),
            Objective.NPV,
            null,
            List.of(
                new ScenarioData.PeriodLimit("FY27", BigDecimal.TEN),
                new ScenarioData.PeriodLimit("2027-Q1", BigDecimal.TEN)),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null);
    assertThat(budget.lines(labels, List.of()))
        .extracting(BudgetLine::counted, l -> l.available().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(false, 10),
            org.assertj.core.groups.Tuple.tuple(true, 0));
  }

  static List<String> codes(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isString() ? n.asString() : n.get("code").asString()));
    return out;
  }

  static JsonNode leftOut(JsonNode result, String code) {
    for (JsonNode o : result.get("leftOut")) {
      if (o.get("code").asString().equals(code)) {
        return o;
      }
    }
    throw new AssertionError(code + " is not among the left-out candidates");
  }
}
