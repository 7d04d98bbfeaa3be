package org.cairnpmo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan's pages through MockMvc: the task table and its changes, the Gantt's rows and a dragged
 * bar, baselines, calendars, risk and leveling; who may change, who may only read, and who does not
 * even learn that the plan exists.
 */
class PlanPageTest extends ControlTestSupport {

  @Autowired PlanningApi planning;

  private String plan(Team t) {
    return "/projects/" + t.id() + "/plan";
  }

  private long version(Team t) {
    return planning.plan(t.id(), current(t.pmo())).version();
  }

  @Test
  void the_manager_adds_tasks_and_a_link_and_reads_what_moved_and_the_critical_path()
      throws Exception {
    Team t = team(false);
    mvc.perform(get(plan(t)).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No tasks yet")))
        .andExpect(content().string(containsString("Add a task")));

    mvc.perform(
            post(plan(t) + "/tasks")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Design")
                .param("kind", "TASK")
                .param("duration", "5")
                .param("durationUnit", "DAYS")
                .param("constraintType", "AS_SOON_AS_POSSIBLE")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Task added: Design.")));
    mvc.perform(
            post(plan(t) + "/tasks")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Build")
                .param("duration", "10")
                .param("durationUnit", "DAYS")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection());
    List<TaskView> tasks = planning.allTasks(t.id(), null, current(t.pmo()));
    long design = tasks.get(0).id();
    long build = tasks.get(1).id();

    mvc.perform(
            post(plan(t) + "/links")
                .with(page(t.manager()))
                .with(csrf())
                .param("predecessorId", Long.toString(design))
                .param("successorId", Long.toString(build))
                .param("type", "FS")
                .param("lag", "0")
                .param("lagKind", "WORKING")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Link added. 1 task moved.")))
        .andExpect(flash().attribute("moved", hasItem(startsWith("2 Build: "))));

    mvc.perform(get(plan(t)).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-task=\"Build\" data-critical=\"true\"")))
        .andExpect(content().string(containsString("data-task=\"Design\" data-critical=\"true\"")))
        .andExpect(content().string(containsString("Critical")));
    mvc.perform(get(plan(t) + "/tasks/" + build).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Add a predecessor")))
        .andExpect(content().string(containsString("Design · Finish-to-start")));

    // A renamed task shows the change in the history on its page.
    mvc.perform(
            post(plan(t) + "/tasks/" + build)
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Build and test")
                .param("kind", "TASK")
                .param("duration", "10")
                .param("durationUnit", "DAYS")
                .param("constraintType", "AS_SOON_AS_POSSIBLE")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(plan(t) + "/tasks/" + build).with(page(t.manager())))
        .andExpect(content().string(containsString("data-testid=\"record-history\"")))
        .andExpect(content().string(containsString("class=\"history-old\">Build</span>")))
        .andExpect(content().string(containsString("class=\"history-new\">Build and test</span>")));
  }

  @Test
  void a_member_reads_the_plan_but_changes_nothing_and_an_outsider_does_not_see_it()
      throws Exception {
    Team open = team(false);
    Team secret = team(true);
    CurrentUser pmo = current(open.pmo());
    planning.replacePlan(
        open.id(), PlanFixtures.phased(LocalDate.now().atTime(8, 0), 2, 3), 0, pmo);
    planning.replacePlan(
        secret.id(), PlanFixtures.phased(LocalDate.now().atTime(8, 0), 1, 2), 0, pmo);
    long task = planning.allTasks(open.id(), null, pmo).get(1).id();

    for (String path : List.of("", "/gantt", "/baselines", "/calendars", "/risk", "/leveling")) {
      mvc.perform(get(plan(open) + path).with(page(open.member())))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("read only")))
          .andExpect(content().string(not(containsString("name=\"version\""))));
      mvc.perform(get(plan(secret) + path).with(page(secret.outsider())))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get(plan(open) + "/gantt.json").with(page(open.member())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tasks.length()").value(8));
    mvc.perform(get(plan(secret) + "/gantt.json").with(page(secret.outsider())))
        .andExpect(status().isNotFound());

    long before = version(open);
    mvc.perform(
            post(plan(open) + "/tasks")
                .with(page(open.member()))
                .with(csrf())
                .param("name", "Sneaky")
                .param("version", Long.toString(before)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan(open) + "/tasks/" + task + "/dates")
                .with(page(open.member()))
                .with(csrf())
                .param("start", LocalDate.now().plusDays(20).toString())
                .param("version", Long.toString(before)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan(open) + "/baselines")
                .with(page(open.member()))
                .with(csrf())
                .param("number", "0")
                .param("version", Long.toString(before)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan(secret) + "/tasks")
                .with(page(secret.outsider()))
                .with(csrf())
                .param("name", "Sneaky")
                .param("version", "0"))
        .andExpect(status().isNotFound());
    assertThat(version(open)).isEqualTo(before);
    assertThat(planning.baselines(open.id(), pmo)).isEmpty();
    assertThat(planning.allTasks(open.id(), null, pmo)).noneMatch(x -> x.name().equals("Sneaky"));
  }

  @Test
  void a_dragged_bar_reschedules_and_answers_what_moved_and_a_stale_one_moves_nothing()
      throws Exception {
    Team t = team(false);
    CurrentUser pmo = current(t.pmo());
    LocalDate monday = LocalDate.of(2027, 3, 1);
    planning.replacePlan(t.id(), PlanFixtures.phased(monday.atTime(8, 0), 1, 3), 0, pmo);
    List<TaskView> tasks = planning.allTasks(t.id(), null, pmo);
    TaskView first = tasks.get(1);
    long version = version(t);

    mvc.perform(get(plan(t) + "/gantt.json").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nonWorkingWeekdays[0]").value(6))
        .andExpect(jsonPath("$.tasks[0].summary").value(true))
        .andExpect(jsonPath("$.tasks[2].links[0].from").value(Long.toString(first.id())))
        .andExpect(jsonPath("$.tasks[3].milestone").value(true));

    mvc.perform(
            post(plan(t) + "/tasks/" + first.id() + "/dates")
                .with(page(t.manager()))
                .with(csrf())
                .param("start", monday.plusDays(7).toString())
                .param("version", Long.toString(version)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.message").value(containsString("starts no earlier than 8 Mar 2027")))
        .andExpect(jsonPath("$.message").value(containsString("tasks moved")));
    assertThat(planning.task(t.id(), first.id(), null, pmo).start().toLocalDate())
        .isEqualTo(monday.plusDays(7));

    mvc.perform(
            post(plan(t) + "/tasks/" + first.id() + "/dates")
                .with(page(t.manager()))
                .with(csrf())
                .param("start", monday.plusDays(14).toString())
                .param("version", Long.toString(version)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(containsString("Someone else changed the plan")));
    assertThat(planning.task(t.id(), first.id(), null, pmo).start().toLocalDate())
        .isEqualTo(monday.plusDays(7));
  }

  @Test
  void a_baseline_is_saved_and_the_table_shows_the_variance_against_it() throws Exception {
    Team t = team(false);
    CurrentUser pmo = current(t.pmo());
    planning.replacePlan(
        t.id(), PlanFixtures.phased(LocalDate.of(2027, 3, 1).atTime(8, 0), 1, 3), 0, pmo);
    mvc.perform(
            post(plan(t) + "/baselines")
                .with(page(t.manager()))
                .with(csrf())
                .param("number", "0")
                .param("name", "Approved plan")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", "Baseline 0 saved: Approved plan (4 tasks)."));
    TaskView first = planning.allTasks(t.id(), null, pmo).get(1);
    planning.editTask(
        t.id(),
        first.id(),
        TaskData.named(first.name(), first.durationMinutes() + 2 * 480),
        version(t),
        pmo);

    mvc.perform(get(plan(t) + "/baselines").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Approved plan")))
        .andExpect(content().string(containsString("Compared with baseline 0")))
        .andExpect(content().string(containsString("+2 d")));
    mvc.perform(get(plan(t)).param("baseline", "0").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Finish var.")))
        .andExpect(content().string(containsString("+2 d")));
  }

  @Test
  void a_task_form_that_does_not_save_comes_back_with_its_problems() throws Exception {
    Team t = team(false);
    long version = version(t);
    mvc.perform(
            post(plan(t) + "/tasks")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "")
                .param("duration", "soon")
                .param("version", Long.toString(version)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Please check the form")))
        .andExpect(content().string(containsString("Name the task")));
    mvc.perform(
            post(plan(t) + "/tasks")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Late")
                .param("duration", "2")
                .param("version", Long.toString(version - 1)))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed the plan")));
    assertThat(planning.allTasks(t.id(), null, current(t.pmo()))).isEmpty();
  }

  @Test
  void the_leveling_page_shows_where_a_resource_is_asked_for_more_than_it_has() throws Exception {
    Team t = team(false);
    CurrentUser pmo = current(t.pmo());
    LocalDate monday = LocalDate.of(2027, 3, 1);
    planning.replacePlan(t.id(), PlanFixtures.welding(monday), 0, pmo);

    mvc.perform(get(plan(t) + "/leveling").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"over-table\"")))
        .andExpect(content().string(containsString("1 Mar 2027")))
        .andExpect(content().string(containsString("2 Mar 2027")))
        .andExpect(content().string(not(containsString("Add a resource"))));
    mvc.perform(
            post(plan(t) + "/leveling/resources")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Crane")
                .param("kind", "EQUIPMENT")
                .param("maxUnits", "1")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Resource added: Crane.")));
    mvc.perform(
            post(plan(t) + "/leveling/resources")
                .with(page(t.member()))
                .with(csrf())
                .param("name", "Forklift")
                .param("kind", "EQUIPMENT")
                .param("maxUnits", "1")
                .param("version", Long.toString(version(t))))
        .andExpect(status().isForbidden());
    assertThat(planning.resources(t.id(), pmo))
        .extracting(ResourceView::name)
        .containsExactlyInAnyOrder("Welders", "Crane");
  }

  @Test
  void a_change_from_a_plan_page_names_the_version_it_was_drawn_from() throws Exception {
    Team t = team(false);
    long version = version(t);
    mvc.perform(
            post(plan(t) + "/calendars")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", " Night shift ")
                .param("version", Long.toString(version)))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", startsWith("Calendar added: Night shift.")));
    mvc.perform(
            post(plan(t) + "/calendars")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Stale")
                .param("version", Long.toString(version)))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("flashError", containsString("Someone else changed the plan")));
    for (String sent : new String[] {null, "soon"}) {
      var request = post(plan(t) + "/calendars").with(page(t.manager())).with(csrf());
      if (sent != null) {
        request.param("version", sent);
      }
      mvc.perform(request.param("name", "Without")).andExpect(status().isBadRequest());
    }
    assertThat(planning.calendars(t.id(), current(t.pmo())))
        .extracting(CalendarView::name)
        .contains("Night shift")
        .doesNotContain("Stale", "Without");
  }
}
