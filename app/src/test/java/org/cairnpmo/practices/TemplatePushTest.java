package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.ControlSetup;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ProgressUpdate;
import org.cairnpmo.planning.TaskProgress;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.practices.templates.ChangeStatus;
import org.cairnpmo.practices.templates.ChangeType;
import org.cairnpmo.practices.templates.ChangeView;
import org.cairnpmo.practices.templates.ElementKind;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TemplatePushTest extends TemplateTestSupport {

  @Autowired org.cairnpmo.archive.domain.DocumentService archiveDocuments;

  @Autowired TemplatePush push;
  @Autowired ProjectTemplates projectTemplates;
  @Autowired PlanningApi planning;
  @Autowired ControlApi control;
  @Autowired ControlSetup controlSetup;
  @Autowired MilestoneService milestones;

  /** Version 2: Design takes longer, a task and a risk are added, Kick-off moves, a check goes. */
  private static TemplateContent secondVersion(TemplateContent first) {
    List<TemplateContent.TaskItem> tasks = new ArrayList<>(first.tasks());
    tasks.set(0, new TemplateContent.TaskItem("Design", 8, List.of()));
    tasks.add(new TemplateContent.TaskItem("Security review", 3, List.of("Design")));
    List<TemplateContent.MilestoneItem> ms = new ArrayList<>(first.milestones());
    ms.set(0, new TemplateContent.MilestoneItem("Kick-off", 7));
    List<TemplateContent.RiskItem> risks = new ArrayList<>(first.risks());
    risks.set(0, new TemplateContent.RiskItem("Key people leave", "Knowledge is lost", 4, 4));
    risks.add(new TemplateContent.RiskItem("Security findings late", null, 3, 3));
    return new TemplateContent(
        tasks,
        ms,
        risks,
        first.budget(),
        first.raciRoles(),
        first.raci(),
        List.of("Kick-off held"),
        first.documents(),
        "WEEKLY");
  }

  private TemplateView newVersion(TemplateView v1, CurrentUser pmo) {
    TemplateView draft = library.newVersion(v1.id(), pmo);
    draft =
        library.revise(
            draft.id(),
            new org.cairnpmo.practices.templates.TemplateData(
                draft.name(),
                draft.description(),
                draft.lifecycleId(),
                null,
                draft.tierId(),
                draft.category(),
                draft.priority(),
                "Longer design, a security review",
                secondVersion(draft.content()),
                draft.version()),
            draft.version(),
            pmo);
    return library.publish(draft.id(), draft.version(), pmo);
  }

  @Test
  void pushing_never_overwrites_done_work_and_offers_each_change_once() {
    CurrentUser pmo = pmo();
    TemplateView v1 = published(pmo, fullContent(role().name()));
    UserSummary manager = user(Role.PROJECT_MANAGER);
    CurrentUser pm = current(manager);
    ProjectView done = instantiation.create(v1.id(), newProject(manager.id()), pmo);
    ProjectView fresh = instantiation.create(v1.id(), newProject(manager.id()), pmo);

    // Work done on the first project before the push.
    TaskView design = task(done.id(), "Design", pm);
    planning.recordProgress(
        done.id(),
        new ProgressUpdate(
            START.atTime(17, 0),
            List.of(new TaskProgress(design.id(), 50.0, START.atTime(8, 0), null))),
        planning.plan(done.id(), pm).version(),
        pm);
    MilestoneView kickOff = milestone(done.id(), "Kick-off", pm);
    milestones.complete(done.id(), kickOff.id(), null, kickOff.version(), pm);
    RiskView people = risk(done.id(), "Key people leave", pm);
    controlSetup.closeRisk(done.id(), people.id(), pm);
    ProjectTemplates.ItemView charter = projectTemplates.followed(done.id(), pm).checklist().get(0);
    projectTemplates.tick(done.id(), charter.id(), true, charter.version(), pm);

    TemplateView v2 = newVersion(v1, pmo);
    assertThat(push.candidates(v2.id(), pmo))
        .extracting(TemplatePush.Candidate::projectId)
        .contains(done.id(), fresh.id());

    List<TemplatePush.Pushed> first = push.push(v2.id(), List.of(done.id(), fresh.id()), pmo);
    assertThat(first).extracting(TemplatePush.Pushed::offered).containsExactly(7, 7);
    List<TemplatePush.Pushed> again = push.push(v2.id(), List.of(done.id(), fresh.id()), pmo);
    assertThat(again).extracting(TemplatePush.Pushed::offered).containsExactly(0, 0);

    Map<String, ChangeView> offered = byItem(push.changes(done.id(), pm));
    assertThat(offered.get("TASK design").summary()).isEqualTo("Task 'Design': 5 days → 8 days");
    assertThat(offered.get("TASK design").doneNote()).contains("has started");
    assertThat(offered.get("MILESTONE kick-off").doneNote()).contains("completed");
    assertThat(offered.get("RISK key people leave").doneNote()).contains("no longer open");
    assertThat(offered.get("CHECKLIST charter signed").changeType()).isEqualTo(ChangeType.REMOVED);
    assertThat(offered.get("CHECKLIST charter signed").doneNote()).contains("ticked");

    // The manager accepts everything: done work stays, the rest is applied.
    for (ChangeView change : push.changes(done.id(), pm)) {
      push.accept(done.id(), change.id(), change.version(), pm);
    }
    assertThat(task(done.id(), "Design", pm).durationMinutes()).isEqualTo(5 * 480L);
    assertThat(task(done.id(), "Security review", pm).durationMinutes()).isEqualTo(3 * 480L);
    assertThat(milestone(done.id(), "Kick-off", pm).baselineDate()).isEqualTo(START);
    assertThat(risk(done.id(), "Key people leave", pm).probability()).isEqualTo(3);
    assertThat(risk(done.id(), "Key people leave", pm).status()).isEqualTo(RiskStatus.CLOSED);
    assertThat(risk(done.id(), "Security findings late", pm).impact()).isEqualTo(3);
    assertThat(projectTemplates.followed(done.id(), pm).checklist())
        .extracting(ProjectTemplates.ItemView::label)
        .containsExactly("Charter signed", "Kick-off held");
    assertThat(byItem(push.changes(done.id(), pm)).get("TASK design").outcome())
        .contains("left as it is");
    assertThat(projectTemplates.followed(done.id(), pm).templateId()).isEqualTo(v2.id());

    // On the untouched project the same changes apply; a declined one is not applied.
    Map<String, ChangeView> freshChanges = byItem(push.changes(fresh.id(), pm));
    push.accept(fresh.id(), freshChanges.get("TASK design").id(), 0, pm);
    push.accept(fresh.id(), freshChanges.get("MILESTONE kick-off").id(), 0, pm);
    push.accept(fresh.id(), freshChanges.get("CHECKLIST charter signed").id(), 0, pm);
    push.decline(fresh.id(), freshChanges.get("RISK key people leave").id(), 0, pm);
    assertThat(task(fresh.id(), "Design", pm).durationMinutes()).isEqualTo(8 * 480L);
    assertThat(milestone(fresh.id(), "Kick-off", pm).baselineDate()).isEqualTo(START.plusDays(7));
    assertThat(risk(fresh.id(), "Key people leave", pm).probability()).isEqualTo(3);
    assertThat(projectTemplates.followed(fresh.id(), pm).checklist())
        .extracting(ProjectTemplates.ItemView::label)
        .containsExactly("Kick-off held");
    assertThat(projectTemplates.followed(fresh.id(), pm).templateId()).isEqualTo(v1.id());

    // Pushing again offers nothing twice and brings nothing declined back.
    assertThat(push.push(v2.id(), List.of(fresh.id()), pmo))
        .extracting(TemplatePush.Pushed::offered)
        .containsExactly(0);
    assertThat(push.changes(fresh.id(), pm))
        .filteredOn(c -> c.kind() == ElementKind.RISK && c.itemKey().equals("key people leave"))
        .extracting(ChangeView::status)
        .containsExactly(ChangeStatus.DECLINED);
    assertThatThrownBy(() -> push.accept(fresh.id(), freshChanges.get("TASK design").id(), 1, pm))
        .hasMessageContaining("already accepted");
  }

  @Test
  void only_the_manager_and_the_pmo_decide_and_only_the_pmo_pushes() {
    CurrentUser pmo = pmo();
    TemplateView v1 = published(pmo, fullContent(role().name()));
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = instantiation.create(v1.id(), newProject(manager.id()), pmo);
    TemplateView v2 = newVersion(v1, pmo);

    assertThatThrownBy(() -> push.push(v2.id(), List.of(project.id()), current(manager)))
        .isInstanceOf(AccessDeniedException.class);
    push.push(v2.id(), List.of(project.id()), pmo);
    ChangeView change = push.changes(project.id(), pmo).get(0);
    CurrentUser other = current(user(Role.PROJECT_MANAGER, Role.EXECUTIVE));
    assertThatThrownBy(() -> push.accept(project.id(), change.id(), change.version(), other))
        .isInstanceOf(AccessDeniedException.class);
  }

  private TaskView task(long projectId, String name, CurrentUser me) {
    return planning.allTasks(projectId, null, me).stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private MilestoneView milestone(long projectId, String name, CurrentUser me) {
    return control.milestones(projectId, me).stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private RiskView risk(long projectId, String title, CurrentUser me) {
    return control.risks(projectId, me).stream()
        .filter(r -> r.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_document_added_by_a_pushed_version_starts_from_its_library_template() throws Exception {
    CurrentUser pmo = pmo();
    TemplateView v1 = published(pmo, fullContent(role().name()));
    UserSummary manager = user(Role.PROJECT_MANAGER);
    CurrentUser pm = current(manager);
    ProjectView project = instantiation.create(v1.id(), newProject(manager.id()), pmo);
    long review = libraryTemplate();
    TemplateView draft = library.newVersion(v1.id(), pmo);
    List<TemplateContent.DocumentItem> documents =
        new java.util.ArrayList<>(draft.content().documents());
    documents.add(new TemplateContent.DocumentItem("Security review", null, review));
    draft =
        library.revise(
            draft.id(),
            new org.cairnpmo.practices.templates.TemplateData(
                draft.name(),
                draft.description(),
                draft.lifecycleId(),
                null,
                draft.tierId(),
                draft.category(),
                draft.priority(),
                "A security review",
                TemplateInstantiationTest.withDocuments(draft.content(), documents),
                draft.version()),
            draft.version(),
            pmo);
    TemplateView v2 = library.publish(draft.id(), draft.version(), pmo);
    push.push(v2.id(), List.of(project.id()), pmo);
    ChangeView added = byItem(push.changes(project.id(), pm)).get("DOCUMENT security review");
    assertThat(added.changeType()).isEqualTo(ChangeType.ADDED);

    push.accept(project.id(), added.id(), added.version(), pm);

    assertThat(byItem(push.changes(project.id(), pm)).get("DOCUMENT security review").outcome())
        .isEqualTo("Added. Started from the library's template in the project's documents.");
    assertThat(
            archiveDocuments
                .list(
                    org.cairnpmo.archive.domain.OwnerKind.PROJECT,
                    project.id(),
                    org.springframework.data.domain.PageRequest.of(0, 10),
                    pm)
                .getContent())
        .extracting(d -> d.title(), d -> d.templateId())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Security review", review));
  }

  private static Map<String, ChangeView> byItem(List<ChangeView> changes) {
    return changes.stream()
        .collect(Collectors.toMap(c -> c.kind() + " " + c.itemKey(), Function.identity()));
  }
}
