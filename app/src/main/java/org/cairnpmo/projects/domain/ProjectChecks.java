package org.cairnpmo.projects.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.ProjectData;
import org.springframework.stereotype.Component;

/**
 * What a project's data must satisfy beyond its own fields before it is registered or revised: a
 * code no other project holds, and a department and people that exist.
 */
@Component
record ProjectChecks(
    ProjectRepository projects, IdentityApi identity, OrganizationApi organization) {

  void codeFree(String code, Long self) {
    if (code == null) {
      return;
    }
    projects
        .findByCodeIgnoreCase(code.trim())
        .filter(p -> !p.getId().equals(self))
        .ifPresent(
            // Only that the code is taken: the project holding it may be one the caller cannot see.
            p -> {
              throw InvalidInputException.of("code", "This code is already taken.");
            });
  }

  /** {@link #references} for many projects, in one query for departments and one for people. */
  void referencesAll(List<ProjectData> rows) {
    Set<Long> departments = organization.departmentsById().keySet();
    Set<Long> people = new HashSet<>();
    for (ProjectData data : rows) {
      if (data.managerId() != null) people.add(data.managerId());
      if (data.sponsorId() != null) people.add(data.sponsorId());
      data.membersOrEmpty().forEach(m -> people.add(m.userId()));
    }
    Set<Long> known = identity.usersByIds(people).keySet();
    for (ProjectData data : rows) {
      List<FieldProblem> problems = new ArrayList<>();
      if (data.departmentId() != null && !departments.contains(data.departmentId())) {
        problems.add(
            new FieldProblem("departmentId", data.code() + ": this department does not exist."));
      }
      for (Long person : new Long[] {data.managerId(), data.sponsorId()}) {
        if (person != null && !known.contains(person)) {
          problems.add(new FieldProblem("managerId", data.code() + ": a person does not exist."));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
  }

  void references(ProjectData data) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.departmentId() != null && organization.department(data.departmentId()).isEmpty()) {
      problems.add(new FieldProblem("departmentId", "This department does not exist."));
    }
    Set<Long> people = new HashSet<>();
    if (data.managerId() != null) people.add(data.managerId());
    if (data.sponsorId() != null) people.add(data.sponsorId());
    data.membersOrEmpty().forEach(m -> people.add(m.userId()));
    Map<Long, UserSummary> known = identity.usersByIds(people);
    if (data.managerId() != null && !known.containsKey(data.managerId())) {
      problems.add(new FieldProblem("managerId", "This person does not exist."));
    }
    if (data.sponsorId() != null && !known.containsKey(data.sponsorId())) {
      problems.add(new FieldProblem("sponsorId", "This person does not exist."));
    }
    if (data.membersOrEmpty().stream()
        .anyMatch(m -> m.userId() != null && !known.containsKey(m.userId()))) {
      problems.add(new FieldProblem("members", "One of the members does not exist."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
