package org.cairnpmo.planning.domain;

import org.cairnpmo.control.ControlApi;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Planning's section of a project's archive bundle: the whole plan (settings, the plan's own
 * calendars, tasks in outline order with their WBS codes, links, resources, requirements and
 * baselines). Parts refer to each other by WBS code (tasks) and name (calendars, resources), never
 * by id. On import the plan is replaced as a whole through the same path as a plan file ({@link
 * PlanImporter}), so it is checked whole and scheduled again: the dates written are the exporting
 * Cairn's and come back the same from the same plan. Restored after control, whose key milestones
 * the tasks name.
 */
@Component
class PlanRecords implements ProjectRecordsSection {

  private final PlanSectionWriter writer;
  private final PlanSectionReader reader;

  PlanRecords(
      PlanService plans,
      PlanImporter importer,
      PlanRepository planRepository,
      BaselineRepository baselines,
      ControlApi control,
      IdentityApi identity,
      RecordHistory history,
      PlanCalendarRepository calendarRepository,
      PlanTaskRepository taskRepository) {
    this.writer = new PlanSectionWriter(plans, planRepository, control, identity, history);
    this.reader =
        new PlanSectionReader(
            importer,
            planRepository,
            baselines,
            control,
            history,
            calendarRepository,
            taskRepository);
  }

  @Override
  public String name() {
    return "planning";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  /** After control (key milestones), before resources (RACI rows name tasks). */
  @Override
  public int order() {
    return 200;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    return writer.write(projectId, section);
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    return reader.read(section, context);
  }
}
