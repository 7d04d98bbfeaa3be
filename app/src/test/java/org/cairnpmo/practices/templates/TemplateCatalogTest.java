package org.cairnpmo.practices.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.portfolio.ProjectTemplateCatalog;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A proposal approved with a template: the project made from it starts from the template. */
class TemplateCatalogTest extends IntegrationTest {

  @Autowired TemplateCatalog catalog;
  @Autowired TemplateLibrary library;
  @Autowired ProjectTemplates projectTemplates;
  @Autowired PlanningApi planning;
  @Autowired ControlApi control;

  @Test
  void the_project_of_an_approved_proposal_starts_from_the_template_it_names() {
    CurrentUser pmo = pmo();
    TemplateView draft =
        library.define(
            new TemplateData(
                "Proposal template " + unique(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new TemplateContent(
                    List.of(new TemplateContent.TaskItem("Kick-off workshop", 2, List.of())),
                    List.of(new TemplateContent.MilestoneItem("Charter approved", 14)),
                    null,
                    List.of(
                        new TemplateContent.BudgetItem(
                            0, "LABOUR", "OPEX", new BigDecimal("5000.00"))),
                    null,
                    null,
                    List.of("Sponsor briefed"),
                    null,
                    null),
                null),
            pmo);
    TemplateView template = library.publish(draft.id(), draft.version(), pmo);
    assertThat(catalog.usableTemplates())
        .contains(new ProjectTemplateCatalog.TemplateChoice(template.id(), template.label()));

    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    ProposalApproved approved =
        new ProposalApproved(
            1L,
            "PRO-" + unique(),
            project.name(),
            null,
            null,
            null,
            manager.id(),
            project.plannedStart(),
            project.plannedFinish(),
            null,
            "EUR",
            List.of(
                new ProposalApproved.PlannedCost(
                    "2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null)),
            List.of(),
            List.of(),
            template.id());

    catalog.startFrom(new ProjectFromProposal(project.id(), project.code(), approved));
    catalog.startFrom(new ProjectFromProposal(project.id(), project.code(), approved));

    CurrentUser me = current(manager);
    assertThat(planning.allTasks(project.id(), null, me))
        .extracting(TaskView::name)
        .containsExactly("Kick-off workshop");
    assertThat(control.milestones(project.id(), me))
        .extracting(MilestoneView::name, MilestoneView::baselineDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Charter approved", project.plannedStart().plusDays(14)));
    assertThat(projectTemplates.followed(project.id(), me).templateId()).isEqualTo(template.id());
    assertThat(projectTemplates.followed(project.id(), me).checklist()).hasSize(1);
  }
}
