package org.cairnpmo.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.organization.domain.DepartmentService;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** What other modules may ask of the organization. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationApi {

  private final DepartmentService departments;

  public List<DepartmentSummary> departments() {
    return departments.all();
  }

  public Map<Long, DepartmentSummary> departmentsById() {
    return departments.all().stream()
        .collect(Collectors.toMap(DepartmentSummary::id, Function.identity()));
  }

  public Optional<DepartmentSummary> department(long id) {
    try {
      return Optional.of(departments.get(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  public DepartmentSummary createDepartment(DepartmentForm form) {
    return departments.create(form);
  }

  /**
   * Creates or changes the departments of a bulk import, matched by code, and places each under its
   * parent; all or nothing (400 naming the field when one is refused).
   */
  public List<DepartmentSummary> importDepartments(List<DepartmentImport> rows) {
    return departments.importAll(rows);
  }
}
