package org.cairnpmo.organization.domain;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentImport;
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
  private final Validator validator;

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

  /**
   * Creates or changes every department of an import (matched by code, in any case), then places
   * each under its parent: one transaction, so that a refused row leaves every department as it
   * was. A parent chain that loops back is refused.
   */
  @Transactional
  public List<DepartmentSummary> importAll(List<DepartmentImport> rows) {
    Map<String, Department> byCode = new HashMap<>();
    departments.findAll().forEach(d -> byCode.put(key(d.getCode()), d));
    List<Department> imported = new ArrayList<>();
    for (DepartmentImport row : rows) {
      DepartmentForm form =
          new DepartmentForm(row.code(), row.name(), row.description(), row.active(), null);
      List<FieldProblem> problems = new ArrayList<>();
      validator
          .validate(form)
          .forEach(
              v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      Department department = byCode.get(key(row.code()));
      checkUnique(form, department == null ? null : department.getId());
      if (department == null) {
        department =
            departments.save(
                new Department(
                    form.code().trim().toUpperCase(),
                    form.name().trim(),
                    blankToNull(form.description()),
                    clock.instant()));
        byCode.put(key(department.getCode()), department);
      }
      department.rename(
          form.code().trim().toUpperCase(),
          form.name().trim(),
          blankToNull(form.description()),
          row.active());
      departments.flush();
      imported.add(department);
    }
    for (int i = 0; i < rows.size(); i++) {
      String parentCode = rows.get(i).parentCode();
      Department parent = parentCode == null ? null : byCode.get(key(parentCode));
      if (parentCode != null && parent == null) {
        throw InvalidInputException.of("parent", "No department has the code " + parentCode + ".");
      }
      imported.get(i).placeUnder(parent == null ? null : parent.getId());
    }
    for (Department department : imported) {
      requireNoLoop(department, byCode.values());
    }
    departments.flush();
    return imported.stream().map(Department::toSummary).toList();
  }

  private static void requireNoLoop(Department start, Collection<Department> all) {
    Map<Long, Long> parents = new HashMap<>();
    all.forEach(d -> parents.put(d.getId(), d.getParentId()));
    Set<Long> seen = new HashSet<>();
    for (Long at = start.getId(); at != null; at = parents.get(at)) {
      if (!seen.add(at)) {
        throw InvalidInputException.of(
            "parent", "The department " + start.getCode() + " would sit under itself.");
      }
    }
  }

  private static String key(String code) {
    return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
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
