package org.cairnpmo.control.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.Instant;
import java.time.LocalDate;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control's section of a project's archive bundle: its milestones with baseline, forecast and
 * completion, who planned them and when. Status reports and the RAID log join this section in its
 * next schema version.
 */
@Component
class MilestoneRecords implements ProjectRecordsSection {

  private final MilestoneRepository milestones;

  MilestoneRecords(MilestoneRepository milestones) {
    this.milestones = milestones;
  }

  @Override
  public String name() {
    return "control";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    ArrayNode list = section.putArray("milestones");
    for (Milestone m : milestones.findByProjectIdOrderByForecastDateAscIdAsc(projectId)) {
      var v = m.view();
      list.addObject()
          .put("original_id", m.getId())
          .put("name", v.name())
          .put("baseline_date", day(v.baselineDate()))
          .put("forecast_date", day(v.forecastDate()))
          .put("completed_date", day(v.completedDate()))
          .put("created_at", RecordsJson.instant(m.getCreatedAt()))
          .put("created_by", m.getCreatedBy());
    }
    return list.size();
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    int count = 0;
    for (JsonNode m : section.path("milestones")) {
      Instant at = RecordsJson.instant(m, "created_at");
      milestones.save(
          Milestone.plan(
              context.projectId(),
              new MilestoneData(
                  text(m, "name"),
                  date(m, "baseline_date"),
                  date(m, "forecast_date"),
                  date(m, "completed_date"),
                  null),
              text(m, "created_by"),
              at));
      count++;
    }
    milestones.flush();
    return count;
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static LocalDate date(JsonNode node, String field) {
    String day = text(node, field);
    return day == null ? null : LocalDate.parse(day);
  }
}
