package org.cairnpmo.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class ProjectRegisterIntegrationTest extends IntegrationTest {

  @Autowired ProjectService service;

  @Test
  void a_member_does_not_see_a_confidential_project_they_do_not_belong_to() {
    var manager = user(Role.PROJECT_MANAGER);
    var outsider = user(Role.MEMBER);
    var secret = project(manager, true);

    assertThatThrownBy(() -> service.get(secret.id(), current(outsider)))
        .isInstanceOf(NotFoundException.class);
    var found =
        service.search(
            new ProjectFilter(secret.code(), null, null, null, null, null),
            PageRequest.of(0, 20),
            current(outsider));
    assertThat(found.getContent()).isEmpty();
  }

  @Test
  void every_change_is_kept_in_the_history_with_old_and_new_value() {
    var manager = user(Role.PROJECT_MANAGER);
    var created = project(manager, false);
    var data = service.dataForEdit(created.id(), current(manager));
    var renamed =
        new ProjectData(
            data.code(),
            "Renamed",
            data.description(),
            data.departmentId(),
            data.sponsorId(),
            data.managerId(),
            data.category(),
            data.priority(),
            ProjectStatus.ACTIVE,
            data.plannedStart(),
            data.plannedFinish(),
            data.budgetAmount(),
            data.budgetCurrency(),
            data.confidential(),
            data.members(),
            data.version());

    service.revise(created.id(), renamed, created.version(), current(manager));

    var history = service.history(created.id(), current(manager));
    assertThat(history)
        .extracting(
            ProjectChangeView::field, ProjectChangeView::oldValue, ProjectChangeView::newValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Name", created.name(), "Renamed"),
            org.assertj.core.groups.Tuple.tuple("Status", "Proposed", "Active"));
    assertThatThrownBy(
            () -> service.revise(created.id(), renamed, created.version(), current(manager)))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void a_team_member_cannot_change_the_project() {
    var manager = user(Role.PROJECT_MANAGER);
    var member = user(Role.MEMBER);
    var p = project(manager, false, member);
    assertThatThrownBy(() -> service.dataForEdit(p.id(), current(member)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(service.get(p.id(), current(member)).members())
        .extracting(ProjectView.MemberView::userId)
        .containsAll(List.of(manager.id(), member.id()));
  }
}
