package org.cairnpmo.control.domain;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure asks that no risk or issue is left open: each is resolved, or closed as handed over
 * to whoever carries it on (its closing text says to whom). Assumptions and decisions are records,
 * not work left, and do not count.
 */
@Component
class RaidClosureCheck implements ClosureCheck {

  private final RiskRepository risks;
  private final IssueRepository issues;

  RaidClosureCheck(RiskRepository risks, IssueRepository issues) {
    this.risks = risks;
    this.issues = issues;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    long openRisks = risks.countByProjectIdAndStatus(project.id(), RiskStatus.OPEN);
    long openIssues = issues.countByProjectIdAndStatus(project.id(), IssueStatus.OPEN);
    String detail =
        openRisks + openIssues == 0
            ? "No risk or issue is open."
            : openRisks
                + " open risk(s) and "
                + openIssues
                + " open issue(s): resolve them or close them as handed over.";
    return List.of(
        ClosureItem.of(
            "raid",
            "Open RAID items resolved or handed over",
            openRisks + openIssues == 0,
            detail,
            "/projects/" + project.id() + "/raid"));
  }
}
