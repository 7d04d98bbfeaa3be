package org.cairnpmo.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A committed scenario approves several proposals of one department at the same moment: every one
 * of them becomes a project, each with its own code of the department's scheme.
 */
class ProposalApprovedListenerTest extends IntegrationTest {

  @Autowired ProposalApprovedListener listener;
  @Autowired ProjectService projects;

  @Test
  void proposals_of_one_department_approved_together_all_become_projects() throws Exception {
    DepartmentSummary department = department();
    // As many as a scenario commits at once, more than half the connection pool.
    int count = 8;
    List<ProposalApproved> approvals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      approvals.add(approved(department, "PRO-" + unique()));
    }

    // The listener runs asynchronously, as after a commit: the registrations overlap.
    for (ProposalApproved approval : approvals) {
      listener.on(approval);
    }

    String prefix = department.code().toUpperCase() + "-2027-";
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      expected.add(prefix + String.format("%02d", n));
    }
    long until = System.currentTimeMillis() + 30_000;
    List<String> codes = codes(department);
    while (codes.size() < count && System.currentTimeMillis() < until) {
      Thread.sleep(200);
      codes = codes(department);
    }
    assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void a_redelivered_approval_registers_no_second_project() throws Exception {
    DepartmentSummary department = department();
    ProposalApproved approval = approved(department, "PRO-" + unique());
    ProjectView first = projects.registerFromProposal(approval);
    ProjectView again = projects.registerFromProposal(approval);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(codes(department)).containsExactly(first.code());
  }

  private List<String> codes(DepartmentSummary department) {
    return projects
        .search(
            new ProjectFilter(null, Set.of(), department.id(), null, null, null),
            PageRequest.of(0, 50),
            pmo())
        .map(ProjectView::code)
        .toList();
  }

  private static ProposalApproved approved(DepartmentSummary department, String code) {
    return new ProposalApproved(
        Math.abs(code.hashCode()),
        code,
        "Scanning " + code,
        "Paper forms.",
        null,
        department.id(),
        null,
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 12, 31),
        new BigDecimal("50000"),
        "EUR",
        List.of(),
        List.of(),
        List.of(),
        null);
  }
}
