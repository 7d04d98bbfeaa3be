package org.cairnpmo.planning.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.TaskView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mpxj.ConstraintType;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

class PlanFileWriterTest {

  private final PlanExport plan = SamplePlan.export();

  private static ProjectFile readBack(byte[] bytes) throws Exception {
    return new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
  }

  private static Map<String, Task> byName(ProjectFile file) {
    return file.getTasks().stream()
        .filter(t -> t.getName() != null && t.getUniqueID() != null && t.getUniqueID() > 0)
        .collect(Collectors.toMap(Task::getName, Function.identity()));
  }

  @Test
  void an_MSPDI_file_reads_back_with_the_same_tasks_dates_constraints_and_outline()
      throws Exception {
    ProjectFile file = readBack(PlanFileWriter.write(plan, PlanFileWriter.Format.MSPDI));

    assertThat(file.getProjectProperties().getFileType()).isEqualTo("MSPDI");
    Map<String, Task> tasks = byName(file);
    assertThat(tasks.keySet())
        .containsExactlyInAnyOrder("Design", "Specification", "Review", "Build", "Go-live");
    for (TaskView view : plan.tasks()) {
      Task task = tasks.get(view.name());
      assertThat(task.getStart()).as(view.name()).isEqualTo(view.start());
      assertThat(task.getFinish()).as(view.name()).isEqualTo(view.finish());
      assertThat(task.getWBS()).as(view.name()).isEqualTo(view.wbs());
      assertThat(task.getOutlineLevel()).as(view.name()).isEqualTo(view.outlineLevel());
      if (!view.summary()) {
        assertThat(
                task.getDuration()
                    .convertUnits(TimeUnit.MINUTES, file.getProjectProperties())
                    .getDuration())
            .as(view.name())
            .isEqualTo((double) view.durationMinutes());
      }
    }
    assertThat(tasks.get("Specification").getParentTask().getName()).isEqualTo("Design");
    assertThat(tasks.get("Go-live").getMilestone()).isTrue();
    assertThat(tasks.get("Go-live").getDeadline()).isEqualTo(SamplePlan.at(15, 17));
    Task build = tasks.get("Build");
    assertThat(build.getConstraintType()).isEqualTo(ConstraintType.START_NO_EARLIER_THAN);
    assertThat(build.getConstraintDate()).isEqualTo(SamplePlan.at(11, 8));
    assertThat(build.getCalendar().getName()).isEqualTo("Plant");
    assertThat(build.getActualStart()).isEqualTo(SamplePlan.at(11, 8));
    assertThat(build.getPercentageComplete().doubleValue()).isEqualTo(25.0);
    assertThat(build.getNotes()).isEqualTo("Machines arrive on the 11th");
    assertThat(build.getBaselineStart()).isEqualTo(SamplePlan.at(11, 8));
    assertThat(build.getBaselineFinish()).isEqualTo(SamplePlan.at(13, 17));
    assertThat(build.getResourceAssignments()).hasSize(1);
    assertThat(build.getResourceAssignments().get(0).getResource().getName())
        .isEqualTo("Ana Engineer");
    assertThat(build.getResourceAssignments().get(0).getUnits().doubleValue()).isEqualTo(50.0);
  }

  @Test
  void an_MSPDI_file_reads_back_with_the_same_links_and_lags() throws Exception {
    ProjectFile file = readBack(PlanFileWriter.write(plan, PlanFileWriter.Format.MSPDI));

    List<String> links =
        file.getRelations().stream()
            .map(
                (Relation r) ->
                    r.getPredecessorTask().getName()
                        + " "
                        + r.getType()
                        + " "
                        + r.getSuccessorTask().getName()
                        + " "
                        + lag(file, r))
            .toList();
    assertThat(links)
        .containsExactlyInAnyOrder(
            "Specification " + RelationType.FINISH_START + " Review 480 MINUTES",
            "Review " + RelationType.START_START + " Build 0",
            "Build " + RelationType.FINISH_START + " Go-live 0",
            "Specification " + RelationType.FINISH_FINISH + " Build 2880 ELAPSED_MINUTES");
  }

  private static String lag(ProjectFile file, Relation relation) {
    if (relation.getLag() == null || relation.getLag().getDuration() == 0) {
      return "0";
    }
    TimeUnit unit =
        relation.getLag().getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
    return Math.round(
            relation.getLag().convertUnits(unit, file.getProjectProperties()).getDuration())
        + " "
        + unit.name();
  }

  @Test
  void an_MSPDI_file_reads_back_with_the_calendars_complete_with_what_they_inherit()
      throws Exception {
    ProjectFile file = readBack(PlanFileWriter.write(plan, PlanFileWriter.Format.MSPDI));

    ProjectCalendar plant = file.getCalendars().getByName("Plant");
    assertThat(file.getDefaultCalendar().getName()).isEqualTo("Plant");
    assertThat(plant.getParent()).isNull();
    assertThat(plant.isWorkingDate(SamplePlan.HOLIDAY)).isFalse();
    assertThat(plant.isWorkingDate(SamplePlan.HOLIDAY.plusDays(1))).isTrue();
    assertThat(plant.isWorkingDate(SamplePlan.HOLIDAY.plusDays(4))).isFalse(); // a Saturday
    assertThat(plant.getHours(DayOfWeek.MONDAY)).hasSize(2); // from the organization's
    assertThat(plant.getHours(SamplePlan.HOLIDAY.plusDays(1)).toString()).contains("08:00");
  }

  @ParameterizedTest
  @EnumSource(
      value = PlanFileWriter.Format.class,
      names = {"PMXML", "XER"})
  void Primavera_files_read_back_with_the_same_tasks_and_links(PlanFileWriter.Format format)
      throws Exception {
    ProjectFile file = readBack(PlanFileWriter.write(plan, format));

    assertThat(byName(file).keySet()).contains("Specification", "Review", "Build", "Go-live");
    assertThat(file.getRelations()).hasSize(4);
    Task build = byName(file).get("Build");
    assertThat(build.getStart()).isEqualTo(SamplePlan.at(11, 8));
  }
}
