package org.cairnpmo.onboarding.domain;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentImport;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.springframework.stereotype.Component;

/**
 * Departments, matched by code. The parent is named by code or name, among the departments stored
 * and those of the file; a chain of parents that loops back is refused.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DepartmentRows extends KindRows<DepartmentImport> {

  private final OrganizationApi organization;
  private final Validator validator;

  @Override
  ImportKind kind() {
    return ImportKind.DEPARTMENTS;
  }

  @Override
  List<Planned<DepartmentImport>> plan(
      List<String> headers, Map<String, Integer> mapping, List<DataRow> rows, CurrentUser user) {
    List<DepartmentSummary> stored = organization.departments();
    Map<String, DepartmentSummary> byCode = new HashMap<>();
    Map<String, DepartmentSummary> byName = new HashMap<>();
    Map<Long, String> codeOf = new HashMap<>();
    for (DepartmentSummary d : stored) {
      byCode.put(key(d.code()), d);
      byName.put(key(d.name()), d);
      codeOf.put(d.id(), key(d.code()));
    }
    List<RowReader> readers = rows.stream().map(r -> reader(headers, mapping, r)).toList();
    // The file's codes and names first: a parent may come later in the file.
    Map<String, String> fileCodeByName = new HashMap<>();
    Set<String> fileCodes = new HashSet<>();
    for (RowReader in : readers) {
      String code = in.text("code", 20);
      String name = in.text("name", 120);
      in.problems().clear();
      if (code != null) {
        fileCodes.add(key(code));
        if (name != null) {
          fileCodeByName.putIfAbsent(key(name), key(code));
        }
      }
    }
    // Who sits under whom once the import is applied: the stored tree with the file's parents.
    Map<String, String> parents = new HashMap<>();
    for (DepartmentSummary d : stored) {
      parents.put(key(d.code()), d.parentId() == null ? null : codeOf.get(d.parentId()));
    }
    FirstRows first = new FirstRows();
    FirstRows firstNames = new FirstRows();
    List<Planned<DepartmentImport>> planned = new ArrayList<>();
    List<String> parentCodes = new ArrayList<>();
    for (RowReader in : readers) {
      String code = in.required("code", 20);
      String key = code == null ? null : key(code);
      Integer earlier = first.seen(key, in.row());
      if (earlier != null) {
        in.problem("code", "Row " + earlier + " has the same code " + code + ".");
      }
      DepartmentSummary now = key == null ? null : byCode.get(key);
      String name = now == null ? in.required("name", 120) : in.text("name", 120);
      if (name == null && now != null) {
        name = now.name();
      }
      if (name != null) {
        Integer sameName = firstNames.seen(key(name), in.row());
        DepartmentSummary other = byName.get(key(name));
        if (sameName != null) {
          in.problem("name", "Row " + sameName + " has the same name " + name + ".");
        } else if (other != null && !key(other.code()).equals(key)) {
          in.problem(
              "name",
              "The department "
                  + other.code()
                  + " has this name: two departments cannot share it.");
        }
      }
      String description = in.text("description", 1000);
      Boolean active = in.flag("active");
      String parent = in.text("parent", 120);
      String parentCode = null;
      if (parent != null) {
        String p = key(parent);
        parentCode =
            fileCodes.contains(p) || byCode.containsKey(p)
                ? p
                : fileCodeByName.containsKey(p)
                    ? fileCodeByName.get(p)
                    : byName.containsKey(p) ? key(byName.get(p).code()) : null;
        if (parentCode == null) {
          in.problem("parent", "No department has the code or name '" + parent + "'.");
        } else if (parentCode.equals(key)) {
          in.problem("parent", "A department cannot sit under itself.");
          parentCode = null;
        }
      } else if (now != null && now.parentId() != null) {
        parentCode = codeOf.get(now.parentId()); // an empty cell keeps the parent
      }
      if (key != null) {
        parents.put(key, parentCode);
      }
      parentCodes.add(parentCode);
      DepartmentForm form =
          new DepartmentForm(
              code,
              name,
              description != null ? description : now == null ? null : now.description(),
              active != null ? active : now == null || now.active(),
              null);
      if (in.problems().isEmpty()) {
        validator
            .validate(form)
            .forEach(v -> in.problem(v.getPropertyPath().toString(), v.getMessage() + "."));
      }
      Changes changes = new Changes(now == null);
      changes.compare("Name", now == null ? null : now.name(), form.name());
      changes.compare("Description", now == null ? null : now.description(), form.description());
      changes.compare(
          "Parent",
          now == null || now.parentId() == null ? null : codeOf.get(now.parentId()),
          parentCode);
      changes.compare(
          "Active",
          now == null ? null : now.active() ? "yes" : "no",
          now == null && form.active() ? null : form.active() ? "yes" : "no");
      RowPlan plan = changes.plan(in.row(), code, in.problems());
      planned.add(
          new Planned<>(
              plan,
              new DepartmentImport(
                  code, form.name(), form.description(), form.active(), parentCode)));
    }
    // A loop of parents is a problem of every row on it.
    List<Planned<DepartmentImport>> checked = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      Planned<DepartmentImport> row = planned.get(i);
      String code = row.plan().key() == null ? null : key(row.plan().key());
      if (code != null && loops(code, parents)) {
        List<org.cairnpmo.platform.tabular.RowProblem> problems =
            new ArrayList<>(row.plan().problems());
        problems.add(
            new org.cairnpmo.platform.tabular.RowProblem(
                row.plan().row(),
                readers.get(i).column("parent"),
                "The parents of " + row.plan().key() + " lead back to it."));
        RowPlan plan = row.plan();
        row =
            new Planned<>(
                new RowPlan(plan.row(), plan.key(), plan.action(), plan.changes(), problems),
                row.write());
      }
      checked.add(row);
    }
    // Every row is written (a department's parent may be one created by the file), but a row
    // without changes writes the department as it is.
    return checked;
  }

  private static boolean loops(String code, Map<String, String> parents) {
    Set<String> seen = new HashSet<>();
    for (String at = code; at != null; at = parents.get(at)) {
      if (!seen.add(at)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  void apply(List<Planned<DepartmentImport>> rows, CurrentUser user) {
    List<DepartmentImport> writes =
        rows.stream()
            .filter(r -> r.plan().action() != RowPlan.Action.UNCHANGED)
            .map(Planned::write)
            .toList();
    if (!writes.isEmpty()) {
      organization.importDepartments(writes);
    }
  }
}
