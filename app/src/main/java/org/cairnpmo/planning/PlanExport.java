package org.cairnpmo.planning;

import java.util.List;

/**
 * A whole plan as records, for writing it to a file: the plan, every calendar it uses (the
 * organization's first), its tasks in outline order with their last scheduled dates, links,
 * resources, requirements and baselines with what they kept.
 */
public record PlanExport(
    String projectCode,
    String projectName,
    PlanView plan,
    List<CalendarView> calendars,
    List<TaskView> tasks,
    List<LinkView> links,
    List<ResourceView> resources,
    List<RequirementView> requirements,
    List<SavedBaseline> baselines) {

  /** A baseline and what it kept of each task. */
  public record SavedBaseline(BaselineView baseline, List<BaselineTask> tasks) {}
}
