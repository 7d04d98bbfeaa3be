package org.cairnpmo.planning.domain;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A whole plan as records, for whoever sees the project, to be written to a file. */
@Service
public class PlanExporter {

  private final PlanReader reader;
  private final PlanService plans;
  private final PlanStore store;

  PlanExporter(PlanReader reader, PlanService plans, PlanStore store) {
    this.reader = reader;
    this.plans = plans;
    this.store = store;
  }

  @Transactional(readOnly = true)
  public PlanExport export(long projectId, CurrentUser me) {
    PlanReader.Read read = reader.read(projectId, me);
    List<PlanExport.SavedBaseline> baselines =
        read.exists()
            ? store.baselines().findByPlanIdOrderByNumberAsc(read.planId()).stream()
                .map(b -> new PlanExport.SavedBaseline(b.view(), b.tasks()))
                .toList()
            : List.of();
    return new PlanExport(
        read.project().code(),
        read.project().name(),
        reader.view(read),
        plans.calendars(projectId, me),
        plans.allTasks(projectId, null, me),
        plans.links(projectId, me),
        plans.resources(projectId, me),
        plans.requirements(projectId, me),
        baselines);
  }
}
