package org.cairnpmo.practices.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairnpmo.control.ControlApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's templates: four published, projects made from them with their plans, and a second
 * version of "Standard IT project" whose push waits for three live projects.
 */
class TemplatesDemoDataTest extends DemoDataTest {

  @Autowired TemplateLibrary library;
  @Autowired TemplatePush push;
  @Autowired ProjectTemplates projectTemplates;
  @Autowired TemplatesDemoData demo;
  @Autowired PlanningApi planning;
  @Autowired ControlApi control;
  @Autowired IdentityApi identity;

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }

  @Test
  void four_templates_their_projects_and_a_push_waiting_for_three_projects() {
    CurrentUser pmo = pmo();
    assertThat(library.usable())
        .extracting(TemplateView::name)
        .contains(
            "Standard IT project",
            "Agile product increment",
            "Small change",
            "Infrastructure rollout");
    TemplateView standard =
        library.usable().stream()
            .filter(t -> t.name().equals("Standard IT project"))
            .findFirst()
            .orElseThrow();
    assertThat(standard.revision()).isEqualTo(2);
    assertThat(standard.methodName()).startsWith("Cairn Standard");
    assertThat(standard.content().tasks()).extracting(t -> t.name()).contains("Security review");

    var candidates = push.candidates(standard.id(), pmo);
    assertThat(candidates).hasSize(3);
    assertThat(candidates).allMatch(c -> c.changes() > 0 && c.pending() == 0);
    long first = candidates.get(0).projectId();
    assertThat(planning.allTasks(first, null, pmo)).hasSize(7);
    assertThat(control.milestones(first, pmo)).hasSize(4);
    assertThat(projectTemplates.followed(first, pmo).checklist())
        .filteredOn(ProjectTemplates.ItemView::done)
        .hasSize(2);
    assertThat(
            library.templates().stream()
                .filter(t -> t.name().equals("Small change"))
                .findFirst()
                .orElseThrow()
                .projects())
        .isEqualTo(1);
    assertThat(library.versions(standard.lineageId()))
        .extracting(TemplateView::status)
        .containsExactly(MethodStatus.RETIRED, MethodStatus.PUBLISHED);

    demo.load(pmo);
    assertThat(library.usable()).hasSize(4);
  }
}
