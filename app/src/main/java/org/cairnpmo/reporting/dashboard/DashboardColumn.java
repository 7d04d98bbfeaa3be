package org.cairnpmo.reporting.dashboard;

import java.util.Arrays;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/** The columns the dashboard sorts by, as callers name them, with the SQL they sort on. */
@RequiredArgsConstructor
public enum DashboardColumn {
  CODE("code", "s.code"),
  NAME("name", "lower(s.name)"),
  DEPARTMENT("department", "lower(s.department_name)"),
  MANAGER("manager", "lower(s.manager_name)"),
  PHASE("phase", "lower(s.phase_name)"),
  STATUS("status", "s.project_status"),
  OVERALL("overall", severity("s.overall_rag")),
  SCHEDULE("schedule", severity("s.schedule_rag")),
  COST("cost", severity("s.cost_rag")),
  SCOPE("scope", severity("s.scope_rag")),
  RESOURCES("resources", severity("s.resources_rag")),
  RISK("risk", severity("s.risk_rag")),
  MILESTONE("milestone", "s.next_milestone_on"),
  SLIP("slip", "s.milestone_slip_days"),
  BURN("burn", "s.burn"),
  SPI("spi", "s.spi"),
  CPI("cpi", "s.cpi"),
  LAST_REPORT("lastReport", "s.last_report_on"),
  BUDGET("budget", "s.bac"),
  VALUE("value", "s.value_score"),
  EXPOSURE("exposure", "s.risk_exposure"),
  PLANNED_START("plannedStart", "s.planned_start"),
  PLANNED_FINISH("plannedFinish", "s.planned_finish");

  private final String key;
  private final String sql;

  /** The name in URLs and the API, e.g. {@code spi} or {@code lastReport}. */
  public String key() {
    return key;
  }

  String sql() {
    return sql;
  }

  public static Optional<DashboardColumn> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equalsIgnoreCase(key.strip())).findFirst();
  }

  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(DashboardColumn::key).toList());
  }

  /** Red sorts as the highest rating, so "descending" puts the projects in trouble first. */
  private static String severity(String column) {
    return "case " + column + " when 'RED' then 2 when 'AMBER' then 1 when 'GREEN' then 0 end";
  }
}
