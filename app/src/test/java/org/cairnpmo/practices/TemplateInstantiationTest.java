package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RaciView;
import org.cairnpmo.resources.ResourcesApi;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class TemplateInstantiationTest extends TemplateTestSupport {

  @Autowired PlanningApi planning;
  @Autowired ControlApi control;
  @Autowired ReportCadences cadences;
  @Autowired BudgetsApi budgets;
  @Autowired ResourcesApi resources;
  @Autowired GovernanceApi governance;
  @Autowired ProjectTemplates projectTemplates;
  @Autowired org.cairnpmo.archive.domain.DocumentService archiveDocuments;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  static TemplateContent withDocuments(
      TemplateContent c, List<TemplateContent.DocumentItem> documents) {
    return new TemplateContent(
        c.tasks(),
        c.milestones(),
        c.risks(),
        c.budget(),
        c.raciRoles(),
        c.raci(),
        c.checklist(),
        documents,
        c.reportingCadence());
  }

  private int documentsFrom(long archiveTemplateId) {
    // Counted across every project, so that a project that was undone is seen to leave none.
    return jdbc.queryForObject(
        "select count(*) from arc_document where template_id = ?",
        Integer.class,
        archiveTemplateId);
  }

  @Test
  void a_template_document_naming_a_library_template_starts_the_project_s_document_from_it()
      throws Exception {
    CurrentUser pmo = pmo();
    RoleView role = role();
    long charter = libraryTemplate();
    TemplateContent content =
        withDocuments(
            fullContent(role.name()),
            List.of(
                new TemplateContent.DocumentItem("Project charter", null, charter),
                new TemplateContent.DocumentItem("Closure report", null)));
    assertThatThrownBy(
            () ->
                library.define(
                    templateData(
                        "Unknown " + unique(),
                        null,
                        null,
                        withDocuments(
                            content,
                            List.of(
                                new TemplateContent.DocumentItem(
                                    "Charter", null, charter + 1_000_000))),
                        null),
                    pmo))
        .isInstanceOf(org.cairnpmo.platform.InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((org.cairnpmo.platform.InvalidInputException) e).problems())
                    .anyMatch(p -> p.field().equals("documents[0]")));
    TemplateView template = published(pmo, content);
    UserSummary manager = user(Role.PROJECT_MANAGER);

    ProjectView project = instantiation.create(template.id(), newProject(manager.id()), pmo);

    var filed =
        archiveDocuments
            .list(
                org.cairnpmo.archive.domain.OwnerKind.PROJECT,
                project.id(),
                PageRequest.of(0, 10),
                current(manager))
            .getContent();
    assertThat(filed)
        .extracting(d -> d.title(), d -> d.templateId(), d -> d.latestVersion())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Project charter", charter, 1));
    assertThat(documentsFrom(charter)).isEqualTo(1);

    // All or nothing: a refusal after the document was started undoes it with the project.
    catalog.updateRole(
        role.id(),
        new RoleData("Renamed " + unique(), null, null, null, null, role.version()),
        current(user(Role.ADMIN)));
    assertThatThrownBy(() -> instantiation.create(template.id(), newProject(null), pmo))
        .isInstanceOf(org.cairnpmo.platform.InvalidInputException.class);
    assertThat(documentsFrom(charter)).isEqualTo(1);
  }

  @Test
  void a_project_made_from_a_template_holds_exactly_what_the_template_holds() {
    CurrentUser pmo = pmo();
    RoleView role = role();
    TemplateView template = published(pmo, fullContent(role.name()));
    UserSummary manager = user(Role.PROJECT_MANAGER);

    ProjectView project = instantiation.create(template.id(), newProject(manager.id()), pmo);
    long id = project.id();

    assertThat(project.category()).isEqualTo(ProjectCategory.IT_INFRASTRUCTURE);
    assertThat(project.priority()).isEqualTo(Priority.HIGH);
    assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(project.managerId()).isEqualTo(manager.id());
    assertThat(governance.currentPhases(List.of(id)).get(id).phaseName()).isEqualTo("Initiation");
    assertThat(governance.projectLifecycle(id, pmo).orElseThrow().lifecycleId())
        .isEqualTo(template.lifecycleId());

    List<TaskView> tasks = planning.allTasks(id, null, pmo);
    assertThat(tasks)
        .extracting(TaskView::name, TaskView::durationMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Design", 5 * 480L),
            org.assertj.core.groups.Tuple.tuple("Build", 10 * 480L),
            org.assertj.core.groups.Tuple.tuple("Go-live", 0L));
    Map<Long, String> names =
        tasks.stream().collect(Collectors.toMap(TaskView::id, TaskView::name));
    assertThat(planning.links(id, pmo))
        .extracting(
            l -> names.get(l.predecessorId()) + ">" + names.get(l.successorId()), LinkView::type)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Design>Build", DependencyType.FS),
            org.assertj.core.groups.Tuple.tuple("Build>Go-live", DependencyType.FS));
    assertThat(tasks.get(0).start()).isEqualTo(START.atTime(8, 0));

    assertThat(control.milestones(id, pmo))
        .extracting(MilestoneView::name, MilestoneView::baselineDate)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Kick-off", START),
            org.assertj.core.groups.Tuple.tuple("Handover", START.plusDays(60)));
    assertThat(control.risks(id, pmo))
        .extracting(RiskView::title, RiskView::event, RiskView::probability, RiskView::impact)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Key people leave", "Knowledge is lost", 3, 4),
            org.assertj.core.groups.Tuple.tuple("Vendor is late", null, 2, 3));
    assertThat(cadences.cadence(id, pmo).cadence()).isEqualTo(Cadence.MONTHLY);

    BudgetsApi.Financials money = budgets.financials(List.of(id)).get(id);
    assertThat(money.bac()).isEqualByComparingTo("15000");
    assertThat(money.months())
        .extracting(BudgetsApi.Month::period, m -> m.planned().stripTrailingZeros())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2027-03", new BigDecimal("1E+4")),
            org.assertj.core.groups.Tuple.tuple("2027-04", new BigDecimal("5E+3")));

    RaciView raci = resources.raci(id, pmo);
    assertThat(raci.columns()).extracting(RaciView.ColumnView::roleId).containsExactly(role.id());
    assertThat(raci.rows())
        .extracting(RaciView.RowView::label, RaciView.RowView::cells)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Approve the design", List.of("A")),
            org.assertj.core.groups.Tuple.tuple("Run the go-live", List.of("R")));

    ProjectTemplates.Followed followed = projectTemplates.followed(id, pmo);
    assertThat(followed.templateId()).isEqualTo(template.id());
    assertThat(followed.checklist())
        .extracting(ProjectTemplates.ItemView::label)
        .containsExactly("Charter signed", "Kick-off held");
    assertThat(followed.documents())
        .extracting(ProjectTemplates.ItemView::label, ProjectTemplates.ItemView::link)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Project charter", "https://example.org/charter"),
            org.assertj.core.groups.Tuple.tuple("Closure report", null));
    assertThat(library.template(template.id()).projects()).isEqualTo(1);
  }

  @Test
  void a_refusal_at_the_last_step_leaves_nothing_behind() {
    CurrentUser pmo = pmo();
    RoleView role = role();
    TemplateView template = published(pmo, fullContent(role.name()));
    // The role catalog changes after the template was published: the RACI, set last, is refused.
    catalog.updateRole(
        role.id(),
        new RoleData("Renamed " + unique(), null, null, null, null, role.version()),
        current(user(Role.ADMIN)));
    NewProjectData data = newProject(null);

    assertThatThrownBy(() -> instantiation.create(template.id(), data, pmo))
        .isInstanceOf(org.cairnpmo.platform.InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((org.cairnpmo.platform.InvalidInputException) e).problems())
                    .anyMatch(p -> p.field().startsWith("columns")));

    assertThat(
            projects.search(
                new ProjectFilter(data.code(), null, null, null, null, null),
                PageRequest.of(0, 5),
                pmo))
        .isEmpty();
    assertThat(library.template(template.id()).projects()).isZero();
  }

  @Test
  void only_a_published_template_makes_projects() {
    CurrentUser pmo = pmo();
    TemplateView draft =
        library.define(
            templateData("Draft " + unique(), null, null, fullContent(role().name()), null), pmo);

    assertThatThrownBy(() -> instantiation.create(draft.id(), newProject(null), pmo))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("publish it");
  }
}
