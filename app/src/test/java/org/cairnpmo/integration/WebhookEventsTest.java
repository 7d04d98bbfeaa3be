package org.cairnpmo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The events of the other modules reach a webhook with the documented data: a status change, a
 * submitted status report, and actual costs crossing 80 % and then 100 % of the budget (once each).
 */
class WebhookEventsTest extends WebhookTestSupport {

  @Autowired BudgetService budgets;
  @Autowired StatusReportService reports;
  @Autowired ProjectService register;

  @Test
  void status_changes_submitted_reports_and_budget_thresholds_are_delivered() throws Exception {
    try (Receiver receiver = new Receiver()) {
      register(
          receiver.url(), "project.status-changed", "report.submitted", "budget.threshold-crossed");
      UserSummary manager = user(Role.PROJECT_MANAGER);
      ProjectData data = projectData(manager.id(), true, List.of());
      ProjectView project = projects.register(data, pmo());
      long id = project.id();

      project = register.changeStatus(id, ProjectStatus.ACTIVE, project.version(), pmo());
      reports.create(
          id,
          new StatusReportData(
              LocalDate.now().minusDays(10),
              LocalDate.now().minusDays(4),
              Rag.GREEN,
              Rag.GREEN,
              Rag.GREEN,
              Rag.GREEN,
              Rag.GREEN,
              Rag.GREEN,
              null,
              null,
              null,
              null,
              null,
              null,
              "Confidential summary",
              "Done things",
              "Next things",
              null,
              null),
          true,
          current(manager));
      String month = LocalDate.now().withDayOfMonth(1).toString().substring(0, 7);
      budgets.saveBudget(
          id,
          new BudgetData(
              List.of(
                  new BudgetLine(
                      month, CostCategory.LABOUR, CostType.OPEX, new BigDecimal("1000"))),
              null,
              0L),
          0,
          pmo());
      for (String amount : List.of("500", "350", "100", "100")) {
        budgets.addActual(
            id,
            new ActualData(
                null,
                month,
                CostCategory.LABOUR,
                CostType.OPEX,
                new BigDecimal(amount),
                "cost",
                null),
            pmo());
      }

      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                dispatcher.dispatchDue(Instant.now());
                return ofProject(receiver, id).size() >= 4;
              });
      Map<String, List<JsonNode>> byType =
          ofProject(receiver, id).stream()
              .collect(Collectors.groupingBy(e -> e.get("type").asString()));
      assertThat(byType)
          .containsOnlyKeys(
              "project.status-changed", "report.submitted", "budget.threshold-crossed");

      JsonNode moved = byType.get("project.status-changed").get(0).get("data");
      assertThat(moved.get("from").asString()).isEqualTo("PROPOSED");
      assertThat(moved.get("to").asString()).isEqualTo("ACTIVE");
      assertThat(moved.get("code").asString()).isEqualTo(data.code());

      JsonNode report = byType.get("report.submitted").get(0).get("data");
      assertThat(report.get("submittedBy").asString()).isEqualTo(manager.username());
      assertThat(report.get("reportId").asLong()).isPositive();
      assertThat(byType.get("report.submitted").get(0).toString())
          .as("a report's text stays in Cairn")
          .doesNotContain("Confidential summary");

      assertThat(byType.get("budget.threshold-crossed"))
          .extracting(e -> e.get("data").get("percent").asInt())
          .containsExactlyInAnyOrder(80, 100);
      JsonNode crossed =
          byType.get("budget.threshold-crossed").stream()
              .filter(e -> e.get("data").get("percent").asInt() == 100)
              .findFirst()
              .orElseThrow()
              .get("data");
      assertThat(new BigDecimal(crossed.get("actual").toString())).isEqualByComparingTo("1050");
      assertThat(new BigDecimal(crossed.get("budget").toString())).isEqualByComparingTo("1000");
      assertThat(crossed.get("currency").asString()).isEqualTo("EUR");
    }
  }

  private List<JsonNode> ofProject(Receiver receiver, long projectId) {
    return receiver.requests().stream()
        .map(r -> json.readTree(r.body()))
        .filter(e -> e.get("data").has("projectId"))
        .filter(e -> e.get("data").get("projectId").asLong() == projectId)
        .toList();
  }
}
