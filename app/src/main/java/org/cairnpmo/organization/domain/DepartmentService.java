package org.cairnpmo.organization.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DepartmentService {

  private final DepartmentRepository departments;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<DepartmentSummary> all() {
    return departments.findAll(Sort.by("name")).stream().map(Department::toSummary).toList();
  }

  @Transactional(readOnly = true)
  public DepartmentSummary get(long id) {
    return find(id).toSummary();
  }

  @Transactional
  public DepartmentSummary create(DepartmentForm form) {
    checkUnique(form, null);
    Department department =
        departments.save(
            new Department(
                form.code().trim().toUpperCase(),
                form.name().trim(),
                blankToNull(form.description()),
                clock.instant()));
    if (Boolean.FALSE.equals(form.active())) {
      department.rename(
          department.getCode(), department.getName(), blankToNull(form.description()), false);
    }
    return department.toSummary();
  }

  @Transactional
  public DepartmentSummary update(long id, DepartmentForm form) {
    Department department = find(id);
    if (form.version() == null) {
      throw InvalidInputException.of("version", "The version you edited is required.");
    }
    if (department.getVersion() != form.version()) {
      throw new StaleVersionException(
          "Department " + department.getName(), form.version(), department.getVersion());
    }
    checkUnique(form, id);
    department.rename(
        form.code().trim().toUpperCase(),
        form.name().trim(),
        blankToNull(form.description()),
        !Boolean.FALSE.equals(form.active()));
    // Saving publishes what the department registered (a new name).
    departments.saveAndFlush(department);
    return department.toSummary();
  }

  private void checkUnique(DepartmentForm form, Long self) {
    List<FieldProblem> problems = new ArrayList<>();
    departments
        .findByCodeIgnoreCase(form.code().trim())
        .filter(d -> !d.getId().equals(self))
        .ifPresent(
            d -> problems.add(new FieldProblem("code", "Another department uses this code.")));
    departments
        .findByNameIgnoreCase(form.name().trim())
        .filter(d -> !d.getId().equals(self))
        .ifPresent(
            d -> problems.add(new FieldProblem("name", "Another department has this name.")));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private Department find(long id) {
    return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
