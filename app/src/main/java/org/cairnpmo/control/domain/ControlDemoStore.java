package org.cairnpmo.control.domain;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes for the demo data: entities built by the demo (with their past dates) go straight
 * into the repositories, which is fast and keeps the demo's history believable. Nothing else uses
 * this class.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ControlDemoStore {

  private final ReportingCadenceRepository cadences;
  private final StatusReportRepository reports;
  private final RiskRepository risks;
  private final IssueRepository issues;
  private final AssumptionRepository assumptions;
  private final DecisionRepository decisions;
  private final DependencyRepository dependencies;

  /**
   * Whether project control already holds the demo's data (then it is not loaded again). Risks
   * alone do not count: the portfolio's demo approves proposals whose business-case risks reach the
   * RAID log before this demo runs.
   */
  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return cadences.count() == 0 && reports.count() == 0;
  }

  @Transactional
  public ReportingCadence save(ReportingCadence cadence) {
    return cadences.save(cadence);
  }

  @Transactional
  public void saveReports(List<StatusReport> all) {
    reports.saveAll(all);
  }

  @Transactional
  public List<Risk> saveRisks(List<Risk> all) {
    return risks.saveAll(all);
  }

  @Transactional
  public List<Issue> saveIssues(List<Issue> all) {
    return issues.saveAll(all);
  }

  @Transactional
  public void saveAssumptions(List<Assumption> all) {
    assumptions.saveAll(all);
  }

  @Transactional
  public void saveDecisions(List<Decision> all) {
    decisions.saveAll(all);
  }

  @Transactional
  public void saveDependencies(List<Dependency> all) {
    dependencies.saveAll(all);
  }
}
