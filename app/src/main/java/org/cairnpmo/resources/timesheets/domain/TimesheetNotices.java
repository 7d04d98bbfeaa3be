package org.cairnpmo.resources.timesheets.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.domain.Notices;
import org.cairnpmo.resources.domain.PoolPerson;
import org.springframework.stereotype.Component;

/**
 * Whom the steps of a week concern. A submitted week: the managers of its projects (each sees and
 * may return their lines), and the resource managers when no one of those managers may approve the
 * whole week (its lines are on several managers' projects, or on a project without a manager). An
 * approved or returned week: its person.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimesheetNotices {

  private final Notices notices;
  private final ProjectsApi projects;

  Set<Long> submitted(Timesheet sheet, PoolPerson person, CurrentUser me) {
    Set<Long> projectIds =
        sheet.getLines().stream().map(TimesheetLine::projectId).collect(Collectors.toSet());
    Map<Long, ProjectView> booked = projects.visibleProjects(projectIds, me);
    Set<Long> managers =
        projectIds.stream()
            .map(id -> booked.get(id) == null ? null : booked.get(id).managerId())
            .collect(Collectors.toSet());
    List<Long> to = new ArrayList<>(managers);
    boolean oneManagerApproves =
        managers.size() == 1 && !managers.contains(null) && !managers.contains(me.id());
    if (!oneManagerApproves) {
      to.addAll(notices.holdersOf(Role.RESOURCE_MANAGER));
    }
    return notices.post(
        to,
        me,
        u -> true,
        "Timesheet of " + person.getName() + " for the week of " + sheet.getWeekStart(),
        "%s submitted %s for %s. Approve it or return it."
            .formatted(person.getName(), hours(sheet), week(sheet)),
        "/resources/timesheets/approvals");
  }

  Set<Long> approved(Timesheet sheet, PoolPerson person, CurrentUser by) {
    String body =
        "%s approved %s for %s. It is locked."
            .formatted(by.displayName(), hours(sheet), week(sheet));
    return toPerson(sheet, person, by, "approved", body);
  }

  Set<Long> returned(Timesheet sheet, PoolPerson person, CurrentUser by) {
    String body =
        "%s returned %s: %s\nChange it and submit it again."
            .formatted(by.displayName(), week(sheet), sheet.getReturnReason());
    return toPerson(sheet, person, by, "returned", body);
  }

  private Set<Long> toPerson(
      Timesheet sheet, PoolPerson person, CurrentUser by, String what, String body) {
    return notices.post(
        person.getUserId() == null ? List.of() : List.of(person.getUserId()),
        by,
        u -> true,
        "Your timesheet for the week of " + sheet.getWeekStart() + " is " + what,
        body,
        "/resources/timesheets?week=" + sheet.getWeekStart());
  }

  private static String week(Timesheet sheet) {
    LocalDate start = sheet.getWeekStart();
    return "the week of " + start + " to " + sheet.weekEnd();
  }

  private static String hours(Timesheet sheet) {
    return sheet.total().stripTrailingZeros().toPlainString() + " h";
  }
}
