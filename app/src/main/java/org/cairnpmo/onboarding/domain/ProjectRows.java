package org.cairnpmo.onboarding.domain;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.Labelled;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Component;

/**
 * Projects of the register, matched by code. A new project takes the register's defaults for what
 * the file leaves out; an existing one keeps every field whose cell is empty or whose column is not
 * imported, and its members. The register's classification (category, priority, confidentiality,
 * department) is imported like any other field.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectRows extends KindRows<ProjectRows.Write> {

  /** A project to register (id null) or to change. */
  record Write(Long id, long version, ProjectData data) {}

  private static final Map<String, String> FIELDS_OF_DATA =
      Map.of(
          "code", "code",
          "name", "name",
          "description", "description",
          "plannedStart", "start",
          "plannedFinish", "finish",
          "budgetAmount", "budget",
          "budgetCurrency", "currency");

  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final Validator validator;

  @Override
  ImportKind kind() {
    return ImportKind.PROJECTS;
  }

  @Override
  List<Planned<Write>> plan(
      List<String> headers, Map<String, Integer> mapping, List<DataRow> rows, CurrentUser user) {
    List<RowReader> readers = rows.stream().map(r -> reader(headers, mapping, r)).toList();
    List<String> codes = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (RowReader reader : readers) {
      codes.add(reader.text("code", 20));
      people.add(reader.text("manager", 200));
      people.add(reader.text("sponsor", 200));
    }
    Map<String, ProjectView> existing = projects.projectsByCodes(codes);
    Departments departments = new Departments(organization.departments());
    People known = new People(identity.usersByUsernamesOrEmails(people, people));
    List<Long> current = new ArrayList<>();
    existing
        .values()
        .forEach(
            p -> {
              current.add(p.managerId());
              current.add(p.sponsorId());
            });
    current.removeIf(Objects::isNull);
    known.add(identity.usersByIds(current).values());
    FirstRows first = new FirstRows();
    List<Planned<Write>> planned = new ArrayList<>();
    for (RowReader reader : readers) {
      reader.problems().clear(); // read again below, with every check
      planned.add(row(reader, existing, departments, known, first));
    }
    return planned;
  }

  private Planned<Write> row(
      RowReader in,
      Map<String, ProjectView> existing,
      Departments departments,
      People people,
      FirstRows first) {
    String code = in.required("code", 20);
    String key = code == null ? null : code.toUpperCase(Locale.ROOT);
    Integer earlier = first.seen(key, in.row());
    if (earlier != null) {
      in.problem("code", "Row " + earlier + " has the same code " + code + ".");
    }
    ProjectView now = key == null ? null : existing.get(key);
    boolean creating = now == null;
    String name = creating ? in.required("name", 200) : in.text("name", 200);
    String description = in.text("description", 4000);
    Long departmentId = departments.find(in, "department");
    Long managerId = people.find(in, "manager");
    Long sponsorId = people.find(in, "sponsor");
    ProjectCategory category = in.choice("category", ProjectCategory.class, ProjectCategory::label);
    Priority priority = in.choice("priority", Priority.class, Labelled::label);
    ProjectStatus status = in.choice("status", ProjectStatus.class, Labelled::label);
    LocalDate start = in.date("start");
    LocalDate finish = in.date("finish");
    if (creating) {
      if (in.blank("start")) {
        in.problem("start", "The planned start is missing.");
      }
      if (in.blank("finish")) {
        in.problem("finish", "The planned finish is missing.");
      }
    }
    BigDecimal budget = in.number("budget");
    String currency = in.text("currency", 3);
    Boolean confidential = in.flag("confidential");
    ProjectData data =
        new ProjectData(
            code,
            or(name, now == null ? null : now.name()),
            or(description, now == null ? null : now.description()),
            or(departmentId, now == null ? null : now.departmentId()),
            or(sponsorId, now == null ? null : now.sponsorId()),
            or(managerId, now == null ? null : now.managerId()),
            or(category, now == null ? ProjectCategory.OPERATIONAL : now.category()),
            or(priority, now == null ? Priority.MEDIUM : now.priority()),
            or(status, now == null ? ProjectStatus.PROPOSED : now.status()),
            or(start, now == null ? null : now.plannedStart()),
            or(finish, now == null ? null : now.plannedFinish()),
            or(budget, now == null ? null : now.budgetAmount()),
            or(
                currency == null ? null : currency.toUpperCase(Locale.ROOT),
                now == null ? (budget == null ? null : "EUR") : now.budgetCurrency()),
            or(confidential, now != null && now.confidential()),
            now == null
                ? List.of()
                : now.members().stream()
                    .map(m -> new ProjectData.Member(m.userId(), m.role()))
                    .toList(),
            null);
    rules(in, data, now);
    Changes changes = new Changes(creating);
    changes.compare("Name", now == null ? null : now.name(), data.name());
    changes.compare("Description", now == null ? null : now.description(), data.description());
    changes.compare(
        "Department",
        now == null ? null : departments.code(now.departmentId()),
        departments.code(data.departmentId()));
    changes.compare(
        "Manager",
        now == null ? null : people.name(now.managerId()),
        people.name(data.managerId()));
    changes.compare(
        "Sponsor",
        now == null ? null : people.name(now.sponsorId()),
        people.name(data.sponsorId()));
    changes.compare("Category", now == null ? null : now.category(), data.category());
    changes.compare("Priority", now == null ? null : now.priority(), data.priority());
    changes.compare("Status", now == null ? null : now.status(), data.status());
    changes.compare("Planned start", now == null ? null : now.plannedStart(), data.plannedStart());
    changes.compare(
        "Planned finish", now == null ? null : now.plannedFinish(), data.plannedFinish());
    changes.compare("Budget", now == null ? null : now.budgetAmount(), data.budgetAmount());
    changes.compare(
        "Currency",
        now == null ? null : now.budgetCurrency(),
        data.budgetAmount() == null ? null : data.budgetCurrency());
    changes.compare(
        "Confidential",
        now == null ? null : now.confidential() ? "yes" : "no",
        Boolean.TRUE.equals(data.confidential()) ? "yes" : creating ? null : "no");
    RowPlan plan = changes.plan(in.row(), code, in.problems());
    if (plan.action() == RowPlan.Action.UPDATE && now.isFinished()) {
      in.problem(
          "code",
          "The project "
              + now.code()
              + " is "
              + now.status().label().toLowerCase(Locale.ROOT)
              + ": a finished project is not changed.");
      plan = changes.plan(in.row(), code, in.problems());
    }
    Write write =
        plan.action() == RowPlan.Action.UNCHANGED
            ? null
            : new Write(now == null ? null : now.id(), now == null ? 0 : now.version(), data);
    return new Planned<>(plan, write);
  }

  /** The register's own rules for the project as it would be stored. */
  private void rules(RowReader in, ProjectData data, ProjectView now) {
    if (!in.problems().isEmpty()) {
      return;
    }
    validator
        .validate(data)
        .forEach(
            v ->
                in.problem(
                    FIELDS_OF_DATA.getOrDefault(v.getPropertyPath().toString(), "code"),
                    v.getMessage()
                        + (v.getInvalidValue() == null ? "" : " ('" + v.getInvalidValue() + "')")
                        + "."));
    if (data.plannedStart() != null
        && data.plannedFinish() != null
        && data.plannedFinish().isBefore(data.plannedStart())) {
      in.problem("finish", "The planned finish cannot be before the planned start.");
    }
    if (data.managerId() != null && data.managerId().equals(data.sponsorId())) {
      in.problem("sponsor", "The sponsor and the manager should be different people.");
    }
    if (now == null && !data.status().isInitial()) {
      in.problem(
          "status",
          "A new project starts as PROPOSED or ACTIVE, not " + data.status().name() + ".");
    } else if (now != null && !now.status().canMoveTo(data.status())) {
      in.problem(
          "status",
          "The project cannot move from "
              + now.status().name()
              + " to "
              + data.status().name()
              + " (allowed: "
              + now.status().next()
              + ").");
    }
  }

  private static <V> V or(V value, V otherwise) {
    return value != null ? value : otherwise;
  }

  @Override
  void apply(List<Planned<Write>> rows, CurrentUser user) {
    List<ProjectData> created = new ArrayList<>();
    for (Planned<Write> row : rows) {
      Write write = row.write();
      if (write == null) {
        continue;
      }
      if (write.id() == null) {
        created.add(write.data());
      } else {
        projects.revise(write.id(), write.data(), write.version(), user);
      }
    }
    if (!created.isEmpty()) {
      projects.registerAll(created, user);
    }
  }

  /** Departments by code or name, in any case. */
  static final class Departments {
    private final Map<String, DepartmentSummary> byKey = new HashMap<>();
    private final Map<Long, String> codes = new HashMap<>();

    Departments(List<DepartmentSummary> all) {
      for (DepartmentSummary d : all) {
        byKey.putIfAbsent(d.code().toLowerCase(Locale.ROOT), d);
        codes.put(d.id(), d.code());
      }
      for (DepartmentSummary d : all) {
        byKey.putIfAbsent(d.name().toLowerCase(Locale.ROOT), d);
      }
    }

    Long find(RowReader in, String key) {
      String text = in.text(key, 120);
      if (text == null) {
        return null;
      }
      DepartmentSummary found = byKey.get(text.toLowerCase(Locale.ROOT));
      if (found == null) {
        in.problem(key, "No department has the code or name '" + text + "'.");
        return null;
      }
      return found.id();
    }

    String code(Long id) {
      return id == null ? null : codes.get(id);
    }
  }

  /** People by username or e-mail, in any case. */
  static final class People {
    private final Map<String, UserSummary> byKey = new HashMap<>();
    private final Map<Long, UserSummary> byId = new HashMap<>();

    People(java.util.Collection<UserSummary> all) {
      add(all);
    }

    void add(java.util.Collection<UserSummary> all) {
      for (UserSummary u : all) {
        byKey.put(u.username().toLowerCase(Locale.ROOT), u);
        if (u.email() != null) {
          byKey.putIfAbsent(u.email().toLowerCase(Locale.ROOT), u);
        }
        byId.put(u.id(), u);
      }
    }

    Long find(RowReader in, String key) {
      String text = in.text(key, 200);
      if (text == null) {
        return null;
      }
      UserSummary found = byKey.get(text.toLowerCase(Locale.ROOT));
      if (found == null) {
        in.problem(key, "No person has the username or e-mail '" + text + "'.");
        return null;
      }
      return found.id();
    }

    /** A person as the dry run shows them: their username (the names of others are not read). */
    String name(Long id) {
      if (id == null) {
        return null;
      }
      UserSummary person = byId.get(id);
      return person == null ? "#" + id : person.username();
    }
  }
}
