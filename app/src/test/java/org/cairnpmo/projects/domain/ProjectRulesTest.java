package org.cairnpmo.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static ProjectData data(ProjectStatus status, LocalDate start, LocalDate finish) {
    return new ProjectData(
        "erp-01",
        " ERP upgrade ",
        null,
        null,
        2L,
        1L,
        ProjectCategory.IT_INFRASTRUCTURE,
        Priority.HIGH,
        status,
        start,
        finish,
        new BigDecimal("1200.5"),
        null,
        false,
        List.of(new ProjectData.Member(3L, MembershipRole.STAKEHOLDER)),
        null);
  }

  private static ProjectData data(ProjectStatus status) {
    return data(status, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @CsvSource({
    "PROPOSED, ACTIVE, true",
    "PROPOSED, ON_HOLD, true",
    "PROPOSED, CANCELLED, true",
    "PROPOSED, CLOSED, false",
    "ACTIVE, ON_HOLD, true",
    "ACTIVE, CLOSED, true",
    "ACTIVE, CANCELLED, true",
    "ACTIVE, PROPOSED, false",
    "ON_HOLD, ACTIVE, true",
    "ON_HOLD, CANCELLED, true",
    "ON_HOLD, CLOSED, false",
    "CLOSED, ACTIVE, false",
    "CLOSED, CANCELLED, false",
    "CANCELLED, ACTIVE, false",
    "CANCELLED, PROPOSED, false"
  })
  void only_sensible_status_transitions_are_allowed(
      ProjectStatus from, ProjectStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @Test
  void closed_and_cancelled_are_final() {
    assertThat(ProjectStatus.CLOSED.isFinal()).isTrue();
    assertThat(ProjectStatus.CANCELLED.isFinal()).isTrue();
    assertThat(ProjectStatus.ACTIVE.isFinal()).isFalse();
  }

  @Test
  void a_new_project_starts_as_proposed_or_active() {
    assertThat(Project.register(data(null), "pmo", NOW).getStatus())
        .isEqualTo(ProjectStatus.PROPOSED);
    assertThat(Project.register(data(ProjectStatus.ACTIVE), "pmo", NOW).getStatus())
        .isEqualTo(ProjectStatus.ACTIVE);
    assertThatThrownBy(() -> Project.register(data(ProjectStatus.CLOSED), "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Proposed or Active");
  }

  @Test
  void the_planned_finish_cannot_be_before_the_planned_start() {
    assertThatThrownBy(
            () ->
                Project.register(
                    data(null, LocalDate.of(2027, 6, 30), LocalDate.of(2027, 1, 1)), "pmo", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("plannedFinish"));
  }

  @Test
  void a_one_day_project_is_fine() {
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertThat(Project.register(data(null, day, day), "pmo", NOW).getPlannedFinish())
        .isEqualTo(day);
  }

  @Test
  void a_budget_gets_two_decimals_and_a_default_currency() {
    Project project = Project.register(data(null), "pmo", NOW);
    assertThat(project.getBudgetAmount()).isEqualByComparingTo("1200.50");
    assertThat(project.getBudgetAmount().scale()).isEqualTo(2);
    assertThat(project.getBudgetCurrency()).isEqualTo(Project.DEFAULT_CURRENCY);
  }

  @Test
  void a_currency_without_an_amount_is_refused() {
    ProjectData d = data(null);
    ProjectData currencyOnly =
        new ProjectData(
            d.code(),
            d.name(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            d.plannedStart(),
            d.plannedFinish(),
            null,
            "USD",
            null,
            null,
            null);
    assertThatThrownBy(() -> Project.register(currencyOnly, "pmo", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("budget amount");
  }

  @Test
  void an_illegal_transition_is_refused_and_names_the_allowed_ones() {
    Project project = Project.register(data(ProjectStatus.PROPOSED), "pmo", NOW);
    assertThatThrownBy(() -> project.revise(data(ProjectStatus.CLOSED), "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("from Proposed to Closed")
        .hasMessageContaining("Active");
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.PROPOSED);
  }

  @Test
  void a_closed_project_can_no_longer_be_changed() {
    Project project = Project.register(data(ProjectStatus.ACTIVE), "pmo", NOW);
    project.revise(data(ProjectStatus.CLOSED), "pmo", NOW);
    assertThatThrownBy(() -> project.revise(data(ProjectStatus.CLOSED), "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void manager_and_sponsor_are_members_by_definition() {
    Project project = Project.register(data(null), "pmo", NOW);
    assertThat(project.sortedMembers())
        .extracting(ProjectMember::getUserId, ProjectMember::getRole)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, MembershipRole.MANAGER),
            org.assertj.core.groups.Tuple.tuple(2L, MembershipRole.SPONSOR),
            org.assertj.core.groups.Tuple.tuple(3L, MembershipRole.STAKEHOLDER));
    assertThat(project.hasMember(3L)).isTrue();
    assertThat(project.hasMember(4L)).isFalse();
  }

  @Test
  void code_is_normalised_and_name_trimmed() {
    Project project = Project.register(data(null), "pmo", NOW);
    assertThat(project.getCode()).isEqualTo("ERP-01");
    assertThat(project.getName()).isEqualTo("ERP upgrade");
  }
}
