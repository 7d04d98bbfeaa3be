package org.cairnpmo.planning.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.planning.WorkingPeriod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** How planning's bundle section writes and reads times, amounts and working periods. */
final class PlanSectionJson {

  private PlanSectionJson() {}

  /** Reads for the archive, which checked who exports; changes as the one who imports. */
  static CurrentUser system(String username) {
    return new CurrentUser(0, username, username, Set.of(Role.ADMIN));
  }

  static String moment(LocalDateTime at) {
    return at == null ? null : at.toString();
  }

  static String amount(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  static <T> T value(JsonNode node, String field, Function<String, T> parse) {
    String text = text(node, field);
    return text == null ? null : parse.apply(text);
  }

  static void periods(ArrayNode into, List<WorkingPeriod> periods) {
    for (WorkingPeriod p : periods) {
      into.addObject().put("from", p.from().toString()).put("to", p.to().toString());
    }
  }

  static List<WorkingPeriod> periods(JsonNode list) {
    List<WorkingPeriod> out = new ArrayList<>();
    for (JsonNode p : list) {
      out.add(new WorkingPeriod(LocalTime.parse(text(p, "from")), LocalTime.parse(text(p, "to"))));
    }
    return out;
  }
}
