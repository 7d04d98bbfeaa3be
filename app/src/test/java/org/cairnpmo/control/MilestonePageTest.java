package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MilestonePageTest extends ControlTestSupport {

  @Autowired MilestoneService milestones;

  private static final LocalDate BASELINE = LocalDate.now().plusDays(40);

  @Test
  void the_status_page_lists_milestones_with_their_slip_and_lets_the_manager_add_one()
      throws Exception {
    Team t = team(false);
    var pmo = current(t.pmo());
    milestones.create(
        t.id(),
        new MilestoneData("Design approved", BASELINE, BASELINE.plusDays(12), null, null),
        pmo);
    milestones.create(
        t.id(),
        new MilestoneData("Kick-off", BASELINE.minusDays(60), BASELINE.minusDays(63), null, null),
        pmo);
    milestones.create(
        t.id(), new MilestoneData("Go-live", BASELINE.plusDays(90), null, null, null), pmo);
    String url = "/projects/" + t.id() + "/status";

    mvc.perform(get(url).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Milestones")))
        .andExpect(content().string(containsString("+12 days")))
        .andExpect(content().string(containsString("3 days early")))
        .andExpect(content().string(containsString("on time")))
        .andExpect(content().string(containsString("Add a milestone")))
        .andExpect(content().string(containsString("Mark completed")));
    mvc.perform(get(url).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Design approved")))
        .andExpect(content().string(not(containsString("Add a milestone"))))
        .andExpect(content().string(not(containsString("Mark completed"))));

    mvc.perform(
            post("/projects/" + t.id() + "/milestones")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "User acceptance passed")
                .param("baselineDate", BASELINE.plusDays(60).toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(url + "#milestones"))
        .andExpect(flash().attribute("flash", "Milestone added: User acceptance passed."));
    assertThat(milestones.list(t.id(), pmo)).hasSize(4);
  }

  @Test
  void a_form_that_does_not_save_comes_back_with_the_problems_and_nothing_is_stored()
      throws Exception {
    Team t = team(false);
    mvc.perform(
            post("/projects/" + t.id() + "/milestones")
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "")
                .param("baselineDate", "someday"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Please check the form")))
        .andExpect(content().string(containsString("Name the milestone")))
        .andExpect(content().string(containsString("Enter a valid value.")));
    assertThat(milestones.list(t.id(), current(t.pmo()))).isEmpty();
  }

  @Test
  void the_manager_edits_and_completes_a_milestone_and_a_stale_form_saves_nothing()
      throws Exception {
    Team t = team(false);
    MilestoneView m =
        milestones.create(
            t.id(),
            new MilestoneData("Build complete", BASELINE, null, null, null),
            current(t.pmo()));
    String edit = "/projects/" + t.id() + "/milestones/" + m.id() + "/edit";

    mvc.perform(get(edit).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Milestone: Build complete")));
    mvc.perform(
            post(edit)
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Build complete")
                .param("baselineDate", BASELINE.toString())
                .param("forecastDate", BASELINE.plusDays(5).toString())
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    // The edit shows in the milestone's history, under its form.
    mvc.perform(get(edit).with(page(t.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"record-history\"")))
        .andExpect(
            content()
                .string(
                    containsString("class=\"history-new\">" + BASELINE.plusDays(5) + "</span>")));
    mvc.perform(
            post(edit)
                .with(page(t.manager()))
                .with(csrf())
                .param("name", "Build done")
                .param("baselineDate", BASELINE.toString())
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else changed this milestone")));
    mvc.perform(
            post("/projects/" + t.id() + "/milestones/" + m.id() + "/complete")
                .with(page(t.manager()))
                .with(csrf())
                .param("version", "1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("flash", containsString("Milestone completed: Build complete")));
    MilestoneView done = milestones.get(t.id(), m.id(), current(t.pmo()));
    assertThat(done.completedDate()).isEqualTo(LocalDate.now());
    assertThat(done.name()).isEqualTo("Build complete");
  }

  @Test
  void only_the_manager_and_the_pmo_reach_the_milestone_forms() throws Exception {
    Team t = team(true);
    String add = "/projects/" + t.id() + "/milestones/new";
    mvc.perform(get(add)).andExpect(status().is3xxRedirection());
    mvc.perform(get(add).with(page(t.member()))).andExpect(status().isForbidden());
    mvc.perform(get(add).with(page(t.executive()))).andExpect(status().isForbidden());
    mvc.perform(get(add).with(page(t.outsider()))).andExpect(status().isNotFound());
    mvc.perform(
            post("/projects/" + t.id() + "/milestones")
                .with(page(t.member()))
                .with(csrf())
                .param("name", "Kick-off")
                .param("baselineDate", BASELINE.toString()))
        .andExpect(status().isForbidden());
    mvc.perform(get(add).with(page(t.manager()))).andExpect(status().isOk());
    mvc.perform(get(add).with(page(t.pmo()))).andExpect(status().isOk());
    assertThat(milestones.list(t.id(), current(t.pmo()))).isEmpty();
  }
}
