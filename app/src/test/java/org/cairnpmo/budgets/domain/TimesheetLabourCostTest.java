package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.TimesheetApproved;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** An approved timesheet's labour cost is booked exactly once, however often it is announced. */
class TimesheetLabourCostTest extends IntegrationTest {

  @Autowired TimesheetLabourCost listener;
  @Autowired BudgetService budgets;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  private static TimesheetApproved approved(ProjectView project, String id) {
    return new TimesheetApproved(
        id,
        project.id(),
        "2027-03",
        new BigDecimal("2880.00"),
        new BigDecimal("36"),
        5L,
        "Ada Lovelace",
        LocalDate.of(2027, 3, 1));
  }

  private List<ActualView> actuals(ProjectView project, UserSummary manager) {
    return budgets.actuals(project.id(), 0, 50, current(manager)).getContent();
  }

  @Test
  void the_same_event_delivered_twice_books_the_cost_once() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    TimesheetApproved event = approved(project, "timesheet-test-" + unique());

    assertThat(listener.book(event)).isTrue();
    assertThat(listener.book(event)).isFalse();

    List<ActualView> booked = actuals(project, manager);
    assertThat(booked).hasSize(1);
    ActualView cost = booked.get(0);
    assertThat(cost.amount()).isEqualByComparingTo("2880.00");
    assertThat(cost.period()).isEqualTo("2027-03");
    assertThat(cost.category()).isEqualTo(CostCategory.LABOUR);
    assertThat(cost.costType()).isEqualTo(CostType.OPEX);
    assertThat(cost.reference()).isEqualTo(event.id());
    assertThat(cost.source()).isEqualTo(TimesheetLabourCost.SOURCE);
    assertThat(cost.description()).contains("Ada Lovelace").contains("2027-03-01").contains("36 h");
  }

  @Test
  void published_twice_through_the_event_registry_it_is_booked_once() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    TimesheetApproved event = approved(project, "timesheet-test-" + unique());
    TimesheetApproved other = approved(project, "timesheet-test-" + unique());

    transactions.executeWithoutResult(t -> events.publishEvent(event));
    transactions.executeWithoutResult(t -> events.publishEvent(event));
    transactions.executeWithoutResult(t -> events.publishEvent(other));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(actuals(project, manager)).hasSize(2));
    // Give a late second delivery of the first event time to arrive; it must book nothing.
    await().pollDelay(Duration.ofMillis(500)).until(() -> true);
    assertThat(actuals(project, manager))
        .extracting(ActualView::reference)
        .containsExactlyInAnyOrder(event.id(), other.id());
  }
}
