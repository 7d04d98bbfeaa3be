package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.portfolio.selection.CommittedSpendSelectionTest.codes;
import static org.cairnpmo.portfolio.selection.CommittedSpendSelectionTest.leftOut;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A run says of each candidate it leaves out which rule binds, and what it would take. */
class LeftOutApiTest extends SelectionFixtures {

  @Test
  void each_left_out_candidate_names_the_rule_that_binds_and_the_price_of_getting_in()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    // Everything fits in 200, so only the rules keep candidates out: Alpha or Bravo, never
    // Charlie, and Delta only with Charlie.
    ScenarioData rules =
        new ScenarioData(
            "Rules " + unique(),
            null,
            p.ids(),
            Objective.NPV,
            null,
            List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(200))),
            null,
            List.of(),
            List.of(),
            List.of(p.c().id()),
            List.of(new ScenarioData.Group("Platform", List.of(p.a().id(), p.b().id()))),
            List.of(new ScenarioData.Requirement(p.d().id(), p.c().id())),
            5,
            2,
            null,
            null);
    long id = create(pmoUser, rules).get("id").asLong();
    JsonNode result = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("result");
    assertThat(codes(result.get("selected"))).containsExactly(p.a().code());
    assertThat(codes(result.get("leftOut")))
        .containsExactlyInAnyOrder(p.b().code(), p.c().code(), p.d().code());

    JsonNode bravo = leftOut(result, p.b().code());
    assertThat(bravo.get("reasons").get(0).asString())
        .isEqualTo(
            "At most one of the group 'Platform' may be selected, and " + p.a().code() + " is.");
    assertThat(bravo.get("limitsShort")).isEmpty();
    assertThat(codes(bravo.get("forced").get("leaving"))).containsExactly(p.a().code());
    assertThat(bravo.get("forced").get("valueLost").asDouble())
        .isCloseTo(
            p.a().businessCase().npv().doubleValue() - p.b().businessCase().npv().doubleValue(),
            Offset.offset(1e-6));

    JsonNode charlie = leftOut(result, p.c().code());
    assertThat(charlie.get("reasons").get(0).asString())
        .isEqualTo("Excluded by a rule of the scenario (must exclude).");
    assertThat(charlie.get("forced").isNull()).isTrue();
    assertThat(charlie.get("howToEnter").get(0).asString())
        .isEqualTo("Only if the rule that excludes it is lifted.");

    JsonNode delta = leftOut(result, p.d().code());
    assertThat(delta.get("reasons").get(0).asString())
        .isEqualTo("Needs " + p.c().code() + ", which is not selected.");
    assertThat(delta.get("forced").get("feasible").asBoolean()).isFalse();
    assertThat(delta.get("forced").get("conflicts")).isNotEmpty();
    assertThat(delta.get("howToEnter").get(0).asString())
        .startsWith("Cannot be selected with the scenario's limits and rules:")
        .contains(p.c().code());
  }
}
