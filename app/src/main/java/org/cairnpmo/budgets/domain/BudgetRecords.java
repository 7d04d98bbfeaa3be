package org.cairnpmo.budgets.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The budgets' section of a project's archive bundle: the time-phased budget (its lines, the
 * progress that drives the forecast, and the forecast method) and every actual cost booked, with
 * where it came from and who booked it. The forecast itself is not written: it is computed from
 * these, in the importing Cairn as here.
 */
@Component
class BudgetRecords implements ProjectRecordsSection {

  private final BudgetPlanRepository plans;
  private final ActualCostRepository actuals;
  private final RecordHistory history;

  BudgetRecords(BudgetPlanRepository plans, ActualCostRepository actuals, RecordHistory history) {
    this.history = history;
    this.plans = plans;
    this.actuals = actuals;
  }

  @Override
  public String name() {
    return "budgets";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    int count = 0;
    Optional<BudgetPlan> found = plans.findByProjectId(projectId);
    if (found.isEmpty()) {
      section.putNull("plan");
    } else {
      BudgetPlan plan = found.get();
      ObjectNode node = section.putObject("plan");
      node.put("eac_method", plan.getEacMethod() == null ? null : plan.getEacMethod().name());
      ArrayNode lines = node.putArray("lines");
      for (BudgetLine l : plan.lines()) {
        lines
            .addObject()
            .put("period", l.period())
            .put("category", l.category().name())
            .put("cost_type", l.costType().name())
            .put("amount", l.amount().toPlainString());
      }
      ArrayNode progress = node.putArray("progress");
      for (ProgressPoint p : plan.progress()) {
        progress
            .addObject()
            .put("period", p.period())
            .put("percent_complete", p.percentComplete().toPlainString());
      }
      LastChange last = plan.lastChange();
      node.put("updated_at", last == null ? null : RecordsJson.instant(last.updatedAt()))
          .put("updated_by", last == null ? null : last.updatedBy());
      RecordsJson.history(node, history, "budget", plan.getId());
      count += 1 + lines.size() + progress.size();
    }
    ArrayNode list = section.putArray("actuals");
    List<ActualView> costs =
        actuals.findByProjectId(projectId, Pageable.unpaged()).getContent().stream()
            .map(ActualCost::toView)
            .sorted(Comparator.comparingLong(ActualView::id))
            .toList();
    for (ActualView a : costs) {
      ObjectNode node = list.addObject();
      node.put("original_id", a.id())
          .put("period", a.period())
          .put("booked_on", a.date() == null ? null : a.date().toString())
          .put("category", a.category().name())
          .put("cost_type", a.costType().name())
          .put("amount", a.amount().toPlainString())
          .put("description", a.description())
          .put("reference", a.reference())
          .put("source", a.source())
          .put("created_at", RecordsJson.instant(a.createdAt()))
          .put("created_by", a.createdBy());
      RecordsJson.history(node, history, "actual-cost", a.id());
    }
    return count + list.size();
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    int count = 0;
    JsonNode p = section.path("plan");
    if (!p.isMissingNode() && !p.isNull()) {
      List<BudgetLine> lines = new ArrayList<>();
      for (JsonNode l : p.path("lines")) {
        lines.add(
            new BudgetLine(
                text(l, "period"),
                CostCategory.valueOf(text(l, "category")),
                CostType.valueOf(text(l, "cost_type")),
                new BigDecimal(text(l, "amount"))));
      }
      List<ProgressPoint> progress = new ArrayList<>();
      for (JsonNode point : p.path("progress")) {
        progress.add(
            new ProgressPoint(
                text(point, "period"), new BigDecimal(text(point, "percent_complete"))));
      }
      String method = text(p, "eac_method");
      String by = Optional.ofNullable(text(p, "updated_by")).orElse(context.actor());
      Instant at = RecordsJson.instant(p, "updated_at");
      BudgetPlan plan = BudgetPlan.start(context.projectId());
      plan.replaceLines(lines, method == null ? null : EacMethod.valueOf(method), by, at);
      plan.replaceProgress(progress, by, at);
      BudgetPlan saved = plans.save(plan);
      history.restore("budget", saved.getId(), p.path("history"));
      count += 1 + lines.size() + progress.size();
    }
    for (JsonNode a : section.path("actuals")) {
      String day = text(a, "booked_on");
      ActualCost saved =
          actuals.save(
              ActualCost.book(
                  context.projectId(),
                  new ActualData(
                      day == null ? null : LocalDate.parse(day),
                      text(a, "period"),
                      CostCategory.valueOf(text(a, "category")),
                      CostType.valueOf(text(a, "cost_type")),
                      new BigDecimal(text(a, "amount")),
                      text(a, "description"),
                      text(a, "reference")),
                  text(a, "source"),
                  text(a, "created_by"),
                  RecordsJson.instant(a, "created_at")));
      history.restore("actual-cost", saved.getId(), a.path("history"));
      count++;
    }
    plans.flush();
    actuals.flush();
    return count;
  }
}
