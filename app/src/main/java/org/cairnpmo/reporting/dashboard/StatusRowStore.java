package org.cairnpmo.reporting.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.budgets.BudgetsApi.Month;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.projects.ProjectView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes read-model rows: each project's row and months are replaced as a whole, in batches. */
@Component
record StatusRowStore(NamedParameterJdbcTemplate jdbc, Clock clock) {

  private static final String INSERT_ROW =
      "insert into reporting_project_status (project_id, code, name, department_id,"
          + " department_name, category, manager_id, manager_name, project_status, confidential,"
          + " phase_name, overall_rag, schedule_rag, cost_rag, scope_rag, resources_rag, risk_rag,"
          + " overall_trend, schedule_trend, cost_trend, scope_trend, resources_trend, risk_trend,"
          + " last_report_on, last_period_end, next_milestone, next_milestone_on,"
          + " milestone_slip_days, currency, bac, actual_to_date, burn, spi, cpi, value_score,"
          + " value_basis, open_risks, risk_exposure, planned_start, planned_finish, refreshed_at)"
          + " values (:project_id, :code, :name, :department_id, :department_name, :category,"
          + " :manager_id, :manager_name, :project_status, :confidential, :phase_name,"
          + " :overall_rag, :schedule_rag, :cost_rag, :scope_rag, :resources_rag, :risk_rag,"
          + " :overall_trend, :schedule_trend, :cost_trend, :scope_trend, :resources_trend,"
          + " :risk_trend, :last_report_on, :last_period_end, :next_milestone, :next_milestone_on,"
          + " :milestone_slip_days, :currency, :bac, :actual_to_date, :burn, :spi, :cpi,"
          + " :value_score, :value_basis, :open_risks, :risk_exposure, :planned_start,"
          + " :planned_finish, :refreshed_at)";

  private static final String INSERT_MONTH =
      "insert into reporting_project_month (project_id, period, planned, actual)"
          + " values (:project_id, :period, :planned, :actual)";

  /** Replaces the rows of these projects (and their months); the caller owns the transaction. */
  void replace(List<StatusRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    delete(rows.stream().map(r -> r.project().id()).toList());
    Timestamp now = Timestamp.from(clock.instant());
    List<SqlParameterSource> statusParams = new ArrayList<>(rows.size());
    List<SqlParameterSource> monthParams = new ArrayList<>();
    for (StatusRow row : rows) {
      statusParams.add(params(row, now));
      for (Month m : row.months()) {
        monthParams.add(
            new MapSqlParameterSource()
                .addValue("project_id", row.project().id())
                .addValue("period", m.period())
                .addValue("planned", m.planned() == null ? java.math.BigDecimal.ZERO : m.planned())
                .addValue("actual", m.actual()));
      }
    }
    jdbc.batchUpdate(INSERT_ROW, statusParams.toArray(SqlParameterSource[]::new));
    if (!monthParams.isEmpty()) {
      jdbc.batchUpdate(INSERT_MONTH, monthParams.toArray(SqlParameterSource[]::new));
    }
  }

  void delete(Collection<Long> projectIds) {
    for (List<Long> ids : InLists.chunks(projectIds)) {
      Map<String, Object> chunk = Map.of("ids", ids);
      jdbc.update("delete from reporting_project_month where project_id in (:ids)", chunk);
      jdbc.update("delete from reporting_project_status where project_id in (:ids)", chunk);
    }
  }

  /** Copies a department's new name into the rows of its projects. */
  int renameDepartment(long departmentId, String name) {
    return jdbc.update(
        "update reporting_project_status set department_name = :name where department_id = :id",
        Map.of("id", departmentId, "name", truncate(name, 200)));
  }

  /** Copies a person's new name into the rows of the projects they manage. */
  int renameManager(long userId, String name) {
    return jdbc.update(
        "update reporting_project_status set manager_name = :name where manager_id = :id",
        Map.of("id", userId, "name", truncate(name, 200)));
  }

  long count() {
    Long count =
        jdbc.getJdbcTemplate()
            .queryForObject("select count(*) from reporting_project_status", Long.class);
    return count == null ? 0 : count;
  }

  /** Which of these projects already have a row. */
  Set<Long> present(Collection<Long> projectIds) {
    Set<Long> present = new HashSet<>();
    for (List<Long> ids : InLists.chunks(projectIds)) {
      present.addAll(
          jdbc.queryForList(
              "select project_id from reporting_project_status where project_id in (:ids)",
              Map.of("ids", ids),
              Long.class));
    }
    return present;
  }

  private static MapSqlParameterSource params(StatusRow row, Timestamp now) {
    ProjectView p = row.project();
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("project_id", p.id())
            .addValue("code", p.code())
            .addValue("name", p.name())
            .addValue("department_id", p.departmentId())
            .addValue("department_name", p.departmentName())
            .addValue("category", p.category().name())
            .addValue("manager_id", p.managerId())
            .addValue("manager_name", p.managerName())
            .addValue("project_status", p.status().name())
            .addValue("confidential", p.confidential())
            .addValue("phase_name", row.phase())
            .addValue("last_report_on", row.lastReportOn())
            .addValue("last_period_end", row.lastPeriodEnd())
            .addValue("next_milestone", truncate(row.nextMilestone(), 200))
            .addValue("next_milestone_on", row.nextMilestoneOn())
            .addValue("milestone_slip_days", row.milestoneSlipDays())
            .addValue("currency", row.currency())
            .addValue("bac", row.bac())
            .addValue("actual_to_date", row.actualToDate())
            .addValue("burn", row.burn())
            .addValue("spi", row.spi())
            .addValue("cpi", row.cpi())
            .addValue("value_score", row.value())
            .addValue("value_basis", row.valueBasis())
            .addValue("open_risks", row.openRisks())
            .addValue("risk_exposure", row.riskExposure())
            .addValue("planned_start", p.plannedStart())
            .addValue("planned_finish", p.plannedFinish())
            .addValue("refreshed_at", now);
    for (RatingDimension d : RatingDimension.values()) {
      var rag = row.ratings().get(d);
      var trend = row.trends().get(d);
      params.addValue(d.field() + "_rag", rag == null ? null : rag.name());
      params.addValue(d.field() + "_trend", trend == null ? null : trend.name());
    }
    return params;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
