package org.cairnpmo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** A whole plan replaced at once, all or nothing, and read back whole. */
class PlanImportTest extends PlanningTestSupport {

  private static PlanImport plan(List<PlanImport.ImportLink> links) {
    PlanImport.ImportCalendar site =
        new PlanImport.ImportCalendar(
            "cal",
            "Site",
            null,
            List.of(new WeekdayHours(DayOfWeek.FRIDAY, List.of())),
            List.of(
                new CalendarException(
                    "Holiday", LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 6), List.of())));
    return new PlanImport(
        new PlanImport.Settings(MONDAY, null, "cal", ScheduleMode.MS_PROJECT, 0L),
        List.of(site),
        List.of(
            new PlanImport.ImportTask("p", 1, TaskData.named("Phase", 0), null),
            new PlanImport.ImportTask("a", 2, TaskData.named("Dig", 3 * 480), null),
            new PlanImport.ImportTask("b", 2, TaskData.named("Pour", 2 * 480), null),
            new PlanImport.ImportTask("m", 1, TaskData.milestone("Done"), null)),
        links,
        List.of(
            new PlanImport.ImportResource(
                "crew",
                new ResourceData(
                    "Crew", ResourceKind.ROLE, BigDecimal.ONE, null, BigDecimal.TEN, null),
                null)),
        List.of(new PlanImport.ImportRequirement("a", "crew", BigDecimal.ONE)),
        List.of(
            new PlanImport.ImportBaseline(
                3,
                "From the file",
                List.of(
                    new PlanImport.ImportBaselineTask(
                        "a", MONDAY, MONDAY.plusDays(2).withHour(17), 3 * 480, 3 * 480, null)))));
  }

  private static List<PlanImport.ImportLink> chain() {
    return List.of(
        new PlanImport.ImportLink("a", "b", DependencyType.FS, 0, LagKind.WORKING),
        new PlanImport.ImportLink("p", "m", DependencyType.FS, 0, LagKind.WORKING));
  }

  @Test
  void a_whole_plan_replaces_the_old_one_and_reads_back_whole() throws Exception {
    Team t = team(false);
    CurrentUser manager = current(t.manager());
    task(t, "Old task", 1);
    long v = version(t);
    PlanEdit<PlanView> edit = planning.replacePlan(t.id(), plan(chain()), v, manager);
    assertThat(edit.version()).isEqualTo(v + 1);
    assertThat(edit.result().taskCount()).isEqualTo(4);

    PlanExport export = planning.exportView(t.id(), current(t.member()));
    assertThat(export.tasks()).extracting(TaskView::wbs).containsExactly("1", "1.1", "1.2", "2");
    assertThat(export.tasks()).extracting(TaskView::name).doesNotContain("Old task");
    TaskView pour = export.tasks().get(2);
    // Dig: Mon 4, Tue 5, (Wed 6 holiday) Thu 7; Pour: (Fri off) Mon 11, Tue 12.
    assertThat(pour.start()).isEqualTo(LocalDateTime.of(2027, 1, 11, 8, 0));
    assertThat(pour.finish()).isEqualTo(LocalDateTime.of(2027, 1, 12, 17, 0));
    assertThat(export.calendars()).extracting(CalendarView::name).contains("Site");
    assertThat(export.plan().calendarId()).isEqualTo(export.calendars().get(1).id());
    assertThat(export.links()).hasSize(2);
    assertThat(export.requirements())
        .singleElement()
        .extracting(RequirementView::resourceName)
        .isEqualTo("Crew");
    assertThat(export.baselines())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.baseline().number()).isEqualTo(3);
              assertThat(b.tasks())
                  .singleElement()
                  .extracting(BaselineTask::taskId)
                  .isEqualTo(export.tasks().get(1).id());
            });
  }

  @Test
  void a_broken_plan_changes_nothing_and_says_what_is_wrong_where() throws Exception {
    Team t = team(false);
    CurrentUser manager = current(t.manager());
    task(t, "Kept", 1);
    long v = version(t);
    List<PlanImport.ImportLink> unknown =
        List.of(new PlanImport.ImportLink("a", "zz", DependencyType.FS, 0, LagKind.WORKING));
    assertThatThrownBy(() -> planning.replacePlan(t.id(), plan(unknown), v, manager))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("links[0].successorId"));
    List<PlanImport.ImportLink> circle =
        List.of(
            new PlanImport.ImportLink("a", "b", DependencyType.FS, 0, LagKind.WORKING),
            new PlanImport.ImportLink("b", "a", DependencyType.FS, 0, LagKind.WORKING));
    assertThatThrownBy(() -> planning.replacePlan(t.id(), plan(circle), v, manager))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1.1 Dig")
        .hasMessageContaining("1.2 Pour");
    assertThat(planning.allTasks(t.id(), null, manager))
        .extracting(TaskView::name)
        .containsExactly("Kept");
    assertThat(version(t)).isEqualTo(v);
    assertThatThrownBy(() -> planning.replacePlan(t.id(), plan(chain()), v + 5, manager))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> planning.replacePlan(t.id(), plan(chain()), v, current(t.member())))
        .isInstanceOf(AccessDeniedException.class);
    Team hidden = team(true);
    assertThatThrownBy(() -> planning.exportView(hidden.id(), current(hidden.outsider())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void several_task_changes_are_saved_together_or_not_at_all() throws Exception {
    Team t = team(false);
    CurrentUser manager = current(t.manager());
    task(t, "First", 1);
    task(t, "Second", 1);
    long v = version(t);
    List<TaskView> before = planning.allTasks(t.id(), null, manager);
    Map<Long, TaskData> renamedThenBroken = new LinkedHashMap<>();
    renamedThenBroken.put(before.get(0).id(), TaskData.named("First, renamed", 480L));
    renamedThenBroken.put(before.get(1).id(), TaskData.named("Second", -5L));
    assertThatThrownBy(() -> planning.editTasks(t.id(), renamedThenBroken, v, manager))
        .isInstanceOf(RuntimeException.class);
    assertThat(planning.allTasks(t.id(), null, manager))
        .extracting(TaskView::name)
        .containsExactly("First", "Second");
    assertThat(version(t)).isEqualTo(v);

    Map<Long, TaskData> both = new LinkedHashMap<>();
    both.put(before.get(0).id(), TaskData.named("First, renamed", 480L));
    both.put(before.get(1).id(), TaskData.named("Second, renamed", 960L));
    planning.editTasks(t.id(), both, v, manager);
    assertThat(planning.allTasks(t.id(), null, manager))
        .extracting(TaskView::name)
        .containsExactly("First, renamed", "Second, renamed");
    assertThat(version(t)).isEqualTo(v + 2);
  }
}
