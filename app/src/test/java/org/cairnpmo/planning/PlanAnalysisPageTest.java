package org.cairnpmo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Schedule risk and leveling through MockMvc: estimates filled in, the simulation run without
 * JavaScript, a plan leveled, compared and accepted; who may run, accept or only look.
 */
class PlanAnalysisPageTest extends ControlTestSupport {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  @Autowired PlanningApi planning;

  private String plan(Team t) {
    return "/projects/" + t.id() + "/plan";
  }

  private long version(Team t) {
    return planning.plan(t.id(), current(t.pmo())).version();
  }

  @Test
  void estimates_are_filled_in_and_the_simulation_gives_p50_p80_p90_and_the_deadline_chance()
      throws Exception {
    Team t = team(false);
    planning.replacePlan(
        t.id(), PlanFixtures.phased(MONDAY.atTime(8, 0), 2, 4), 0, current(t.pmo()));
    mvc.perform(
            post(plan(t) + "/risk/fill")
                .with(page(t.member()))
                .with(csrf())
                .param("below", "10")
                .param("above", "50")
                .param("version", Long.toString(version(t))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan(t) + "/risk/fill")
                .with(page(t.manager()))
                .with(csrf())
                .param("below", "10")
                .param("above", "50")
                .param("distribution", "TRIANGULAR")
                .param("version", Long.toString(version(t))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("Estimates filled in.")));
    assertThat(planning.allTasks(t.id(), null, current(t.pmo())))
        .filteredOn(x -> !x.summary() && !x.milestone())
        .allSatisfy(x -> assertThat(x.estimate()).isNotNull());

    mvc.perform(
            post(plan(t) + "/risk/run")
                .with(page(t.member()))
                .with(csrf())
                .param("iterations", "2000")
                .param("seed", "7")
                .param("deadline", MONDAY.plusMonths(1).toString()))
        .andExpect(status().isOk())
        .andExpect(model().attributeExists("risk"))
        .andExpect(content().string(containsString("Result of 2000 iterations")))
        .andExpect(content().string(containsString("id=\"risk-p80\"")))
        .andExpect(content().string(containsString("id=\"risk-deadline\"")))
        .andExpect(content().string(containsString("Work package 1.1")));
    Team secret = team(true);
    mvc.perform(
            post("/projects/" + secret.id() + "/plan/risk/run")
                .with(page(secret.outsider()))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_simulation_streams_its_progress_and_then_its_result() throws Exception {
    Team t = team(false);
    planning.replacePlan(
        t.id(), PlanFixtures.phased(MONDAY.atTime(8, 0), 1, 4), 0, current(t.pmo()));
    MvcResult started =
        mvc.perform(
                post(plan(t) + "/risk/run")
                    .with(page(t.manager()))
                    .with(csrf())
                    .header("X-Progress", "1")
                    .param("iterations", "1000"))
            .andExpect(request().asyncStarted())
            .andReturn();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                started))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("progress 1000 1000")))
        .andExpect(content().string(containsString("result\n")))
        .andExpect(content().string(containsString("id=\"risk-p50\"")));
  }

  @Test
  void a_plan_is_leveled_compared_before_and_after_and_accepted_by_its_manager_only()
      throws Exception {
    Team t = team(false);
    CurrentUser pmo = current(t.pmo());
    planning.replacePlan(t.id(), PlanFixtures.welding(MONDAY), 0, pmo);

    mvc.perform(get(plan(t) + "/leveling").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Welders")))
        .andExpect(content().string(not(containsString("Level the plan"))));
    mvc.perform(post(plan(t) + "/leveling/run").with(page(t.member())).with(csrf()))
        .andExpect(status().isForbidden());

    MvcResult leveled =
        mvc.perform(post(plan(t) + "/leveling/run").with(page(t.manager())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Before and after leveling")))
            .andExpect(content().string(containsString("Accept the leveled plan")))
            .andReturn();
    String moves = (String) leveled.getModelAndView().getModel().get("accept");
    assertThat(moves).isNotBlank();
    long before = version(t);
    assertThat(planning.plan(t.id(), pmo).version()).isEqualTo(before);

    mvc.perform(
            post(plan(t) + "/leveling/accept")
                .with(page(t.member()))
                .with(csrf())
                .param("moves", moves)
                .param("version", Long.toString(before)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan(t) + "/leveling/accept")
                .with(page(t.manager()))
                .with(csrf())
                .param("moves", moves)
                .param("version", Long.toString(before)))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", containsString("The leveled plan was applied.")));
    mvc.perform(get(plan(t) + "/leveling").with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"over-table\""))));
  }

  /**
   * Two tasks on the welders around the plant's holiday on Wednesday 3 March: "Weld frame" works
   * Monday, Tuesday and Thursday morning; "Weld doors" follows it ({@code FS}) or starts with it
   * ({@code SS}).
   */
  private static PlanImport aroundTheHoliday(LocalDate monday, DependencyType link) {
    LocalDate wednesday = monday.plusDays(2);
    return new PlanImport(
        new PlanImport.Settings(monday.atTime(8, 0), null, "P", null, null),
        List.of(
            new PlanImport.ImportCalendar(
                "P",
                "Plant",
                null,
                List.of(),
                List.of(new CalendarException("Plant holiday", wednesday, wednesday, List.of())))),
        List.of(
            new PlanImport.ImportTask("A", 1, TaskData.named("Weld frame", 2 * 480L + 240L), null),
            new PlanImport.ImportTask("B", 1, TaskData.named("Weld doors", 2 * 480L), null)),
        List.of(new PlanImport.ImportLink("A", "B", link, 0, LagKind.WORKING)),
        List.of(
            new PlanImport.ImportResource(
                "W",
                new ResourceData("Welders", ResourceKind.ROLE, BigDecimal.ONE, null, null, null),
                null)),
        List.of(
            new PlanImport.ImportRequirement("A", "W", BigDecimal.ONE),
            new PlanImport.ImportRequirement("B", "W", BigDecimal.ONE)),
        List.of());
  }

  @Test
  void tasks_one_after_the_other_across_a_holiday_over_allocate_nothing() throws Exception {
    Team t = team(false);
    planning.replacePlan(t.id(), aroundTheHoliday(MONDAY, DependencyType.FS), 0, current(t.pmo()));

    mvc.perform(get(plan(t) + "/leveling").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No resource is asked for more than it has.")))
        .andExpect(content().string(not(containsString("id=\"over-table\""))));
  }

  @Test
  void tasks_at_the_same_time_on_working_days_over_allocate_one_period() throws Exception {
    Team t = team(false);
    planning.replacePlan(t.id(), aroundTheHoliday(MONDAY, DependencyType.SS), 0, current(t.pmo()));

    MvcResult page =
        mvc.perform(get(plan(t) + "/leveling").with(page(t.member())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"over-table\"")))
            .andExpect(content().string(containsString("1 period")))
            .andReturn();
    assertThat(page.getModelAndView().getModel().get("overAllocations"))
        .isEqualTo(
            List.of(
                new OverAllocationView(
                    "Welders",
                    MONDAY,
                    MONDAY.plusDays(1),
                    BigDecimal.valueOf(2.0),
                    BigDecimal.valueOf(1.0))));
  }
}
