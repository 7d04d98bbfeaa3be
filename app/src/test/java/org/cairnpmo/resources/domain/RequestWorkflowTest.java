package org.cairnpmo.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestStatus;
import org.junit.jupiter.api.Test;

class RequestWorkflowTest {

  private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");
  private static final CurrentUser PM =
      new CurrentUser(1, "pm", "Peter Magnusson", Set.of(Role.PROJECT_MANAGER));
  private static final CurrentUser RM =
      new CurrentUser(2, "rm", "Rosa Martinez", Set.of(Role.RESOURCE_MANAGER));

  private static ResourceRequest request() {
    return new ResourceRequest(
        7,
        RequestRules.check(
            new RequestData(
                3L,
                null,
                List.of(),
                new BigDecimal("20"),
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30),
                Priority.HIGH,
                null)),
        PM,
        AT);
  }

  @Test
  void a_request_goes_from_requested_to_proposed_accepted_and_approved_with_its_history() {
    ResourceRequest r = request();
    r.propose(42, RM, AT.plusSeconds(60));
    assertThat(r.getStatus()).isEqualTo(RequestStatus.PROPOSED);
    assertThat(r.getProposedPersonId()).isEqualTo(42);
    r.accept(PM, AT.plusSeconds(120));
    r.approve(RM, AT.plusSeconds(180));
    assertThat(r.getStatus()).isEqualTo(RequestStatus.APPROVED);
    assertThat(r.getHistory())
        .extracting(RequestStep::toStatus, RequestStep::byName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RequestStatus.REQUESTED, "Peter Magnusson"),
            org.assertj.core.groups.Tuple.tuple(RequestStatus.PROPOSED, "Rosa Martinez"),
            org.assertj.core.groups.Tuple.tuple(RequestStatus.ACCEPTED, "Peter Magnusson"),
            org.assertj.core.groups.Tuple.tuple(RequestStatus.APPROVED, "Rosa Martinez"));
    assertThat(r.getHistory().get(3).happenedAt()).isEqualTo(AT.plusSeconds(180));
  }

  @Test
  void a_declined_person_sends_the_request_back_with_the_reason_in_the_history() {
    ResourceRequest r = request();
    r.propose(42, RM, AT);
    r.decline("Needs Spring experience", PM, AT);
    assertThat(r.getStatus()).isEqualTo(RequestStatus.REQUESTED);
    assertThat(r.getProposedPersonId()).isNull();
    assertThat(r.getHistory().get(2).note()).isEqualTo("Needs Spring experience");
    r.propose(43, RM, AT);
    assertThat(r.getProposedPersonId()).isEqualTo(43);
  }

  @Test
  void a_rejected_request_keeps_its_reason_and_is_final() {
    ResourceRequest r = request();
    r.reject("Nobody free before July", RM, AT);
    assertThat(r.getStatus()).isEqualTo(RequestStatus.REJECTED);
    assertThat(r.getReason()).isEqualTo("Nobody free before July");
    assertThatThrownBy(() -> r.propose(42, RM, AT)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> r.reject("again", RM, AT))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Cannot reject a request that is rejected");
  }

  @Test
  void steps_out_of_order_are_refused() {
    ResourceRequest r = request();
    assertThatThrownBy(() -> r.accept(PM, AT))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("Cannot accept a person for a request that is requested");
    assertThatThrownBy(() -> r.approve(RM, AT)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> r.decline("no", PM, AT)).isInstanceOf(BusinessRuleException.class);
    r.propose(42, RM, AT);
    assertThatThrownBy(() -> r.propose(43, RM, AT)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> r.approve(RM, AT)).isInstanceOf(BusinessRuleException.class);
    r.accept(PM, AT);
    r.approve(RM, AT);
    assertThatThrownBy(() -> r.reject("late", RM, AT)).isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_request_ending_before_it_starts_or_without_hours_is_refused() {
    assertThatThrownBy(
            () ->
                RequestRules.check(
                    new RequestData(
                        3L,
                        null,
                        null,
                        new BigDecimal("20"),
                        LocalDate.of(2027, 6, 1),
                        LocalDate.of(2027, 5, 31),
                        null,
                        null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot end before it starts");
    assertThatThrownBy(
            () ->
                RequestRules.check(
                    new RequestData(
                        null,
                        null,
                        null,
                        new BigDecimal("-4"),
                        LocalDate.of(2027, 6, 1),
                        LocalDate.of(2027, 6, 30),
                        null,
                        null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("roleId", "hoursPerWeek"));
    assertThatThrownBy(() -> RequestRules.reason("  ")).isInstanceOf(InvalidInputException.class);
  }
}
