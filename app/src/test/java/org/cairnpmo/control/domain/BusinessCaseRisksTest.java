package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ProposalApproved.KnownRisk;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

class BusinessCaseRisksTest extends ControlTestSupport {

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired BusinessCaseRisks carryOver;

  @Test
  void an_approved_proposal_with_risks_becomes_a_project_whose_raid_log_has_them()
      throws Exception {
    String code = "PRO-" + unique();
    ProposalApproved approved =
        approved(
            code,
            List.of(
                new KnownRisk("Vendor cannot deliver the scanners in time", 4, 5),
                new KnownRisk("Staff resist the new process", 2, 3)));

    transactions.executeWithoutResult(status -> events.publishEvent(approved));

    ProjectView project = awaitProject(code);
    List<RiskView> risks = awaitRisks(project.id(), 2);
    assertThat(risks)
        .extracting(RiskView::title, RiskView::probability, RiskView::impact, RiskView::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "Vendor cannot deliver the scanners in time", 4, 5, RiskStatus.OPEN),
            org.assertj.core.groups.Tuple.tuple(
                "Staff resist the new process", 2, 3, RiskStatus.OPEN));
    assertThat(risks)
        .allSatisfy(
            r -> {
              assertThat(r.event()).endsWith("From the business case of " + code + ".");
              assertThat(r.createdBy()).isEqualTo("system");
            });

    // The publication registry delivers again after a crash: nothing is added twice.
    carryOver.carryOver(new ProjectFromProposal(project.id(), project.code(), approved));
    assertThat(allRisks(project.id())).hasSize(2);
  }

  @Test
  void the_risks_are_owned_by_the_projects_manager_and_kept_on_the_raid_logs_scale() {
    Team t = team(false);
    String code = "PRO-" + unique();
    String longText = "Word ".repeat(80).strip();
    ProposalApproved approved =
        approved(code, List.of(new KnownRisk(longText, 7, 0), new KnownRisk("  ", 3, 3)));

    carryOver.carryOver(new ProjectFromProposal(t.id(), t.project().code(), approved));

    List<RiskView> risks = allRisks(t.id());
    assertThat(risks).hasSize(2);
    assertThat(risks).allSatisfy(r -> assertThat(r.ownerId()).isEqualTo(t.manager().id()));
    RiskView shortened =
        risks.stream().filter(r -> r.title().endsWith("…")).findFirst().orElseThrow();
    assertThat(shortened.title()).hasSizeLessThanOrEqualTo(200);
    assertThat(shortened.probability()).isEqualTo(5);
    assertThat(shortened.impact()).isEqualTo(1);
    assertThat(shortened.event()).startsWith(longText);
    assertThat(risks).anySatisfy(r -> assertThat(r.title()).isEqualTo("Risk of the business case"));
  }

  private static ProposalApproved approved(String code, List<KnownRisk> risks) {
    // One proposal per code, far above the ids of real proposals: the register makes one
    // project per proposal, however often the approval arrives.
    return new ProposalApproved(
        1_000_000L + Math.abs((long) code.hashCode()),
        code,
        "Scanner roll-out " + code,
        "Paper forms are slow",
        null,
        null,
        null,
        LocalDate.now(),
        LocalDate.now().plusYears(1),
        new BigDecimal("100000.00"),
        "EUR",
        List.of(),
        risks,
        List.of(),
        null);
  }

  private ProjectView awaitProject(String code) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(until)) {
      Optional<ProjectView> found =
          projects
              .search(
                  new ProjectFilter(code, null, null, null, null, null),
                  PageRequest.of(0, 5),
                  CurrentUser.class.cast(ControlAccess.SYSTEM))
              .stream()
              .filter(p -> p.code().equals(code))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No project from proposal " + code);
  }

  private List<RiskView> awaitRisks(long projectId, int count) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    List<RiskView> risks = List.of();
    while (Instant.now().isBefore(until)) {
      risks = allRisks(projectId);
      if (risks.size() >= count) {
        return risks;
      }
      Thread.sleep(100);
    }
    return risks;
  }

  private List<RiskView> allRisks(long projectId) {
    return raid.risks(projectId, null, null, null, 0, 50, ControlAccess.SYSTEM).getContent();
  }
}
