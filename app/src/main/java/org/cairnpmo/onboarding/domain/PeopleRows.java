package org.cairnpmo.onboarding.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.PersonImport;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.springframework.stereotype.Component;

/**
 * People's accounts, matched by username, else by e-mail. A new account gets the roles of the file
 * (team member when it gives none) and no password: see {@code docs/bulk-import.md}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PeopleRows extends KindRows<PersonImport> {

  /** The rules of the administration page, for the dry run; the account service checks again. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final IdentityApi identity;
  private final OrganizationApi organization;

  @Override
  ImportKind kind() {
    return ImportKind.PEOPLE;
  }

  @Override
  List<Planned<PersonImport>> plan(
      List<String> headers, Map<String, Integer> mapping, List<DataRow> rows, CurrentUser user) {
    List<RowReader> readers = rows.stream().map(r -> reader(headers, mapping, r)).toList();
    List<String> usernames = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (RowReader reader : readers) {
      usernames.add(reader.text("username", 200));
      emails.add(reader.text("email", 200));
      reader.problems().clear();
    }
    Map<String, UserSummary> byUsername = new HashMap<>();
    Map<String, UserSummary> byEmail = new HashMap<>();
    for (UserSummary u : identity.usersByUsernamesOrEmails(usernames, emails)) {
      byUsername.put(u.username().toLowerCase(Locale.ROOT), u);
      if (u.email() != null) {
        byEmail.putIfAbsent(u.email().toLowerCase(Locale.ROOT), u);
      }
    }
    ProjectRows.Departments departments = new ProjectRows.Departments(organization.departments());
    FirstRows first = new FirstRows();
    List<Planned<PersonImport>> planned = new ArrayList<>();
    for (RowReader in : readers) {
      planned.add(row(in, byUsername, byEmail, departments, first));
    }
    return planned;
  }

  private Planned<PersonImport> row(
      RowReader in,
      Map<String, UserSummary> byUsername,
      Map<String, UserSummary> byEmail,
      ProjectRows.Departments departments,
      FirstRows first) {
    String username = in.text("username", 60);
    username = username == null ? null : username.toLowerCase(Locale.ROOT);
    String email = in.text("email", 200);
    if (username == null && email == null) {
      in.problem(
          in.mapped("username") ? "username" : "email",
          "Give the username or the e-mail: one of them says who the row is.");
    }
    String key =
        username != null ? username : email == null ? null : email.toLowerCase(Locale.ROOT);
    Integer earlier = first.seen(key, in.row());
    if (earlier != null) {
      in.problem(
          username != null ? "username" : "email", "Row " + earlier + " is the same person.");
    }
    if (email != null) {
      Integer sameMail = first.seen("mail:" + email.toLowerCase(Locale.ROOT), in.row());
      if (sameMail != null && earlier == null) {
        in.problem("email", "Row " + sameMail + " has the same e-mail.");
      }
    }
    UserSummary byName = username == null ? null : byUsername.get(username);
    UserSummary byMail = email == null ? null : byEmail.get(email.toLowerCase(Locale.ROOT));
    UserSummary now = byName != null ? byName : byMail;
    if (byName != null && byMail != null && byName.id() != byMail.id()) {
      in.problem(
          "email", "This e-mail belongs to " + byMail.username() + ", not to " + username + ".");
    } else if (byName == null && byMail != null && username != null) {
      in.problem(
          "username",
          "The person with this e-mail has the username "
              + byMail.username()
              + ": a username is not changed.");
    }
    boolean creating = now == null;
    if (creating && username == null && key != null) {
      in.problem("username", "A new person needs a username.");
    } else if (creating && username != null && !USERNAME.matcher(username).matches()) {
      in.problem(
          "username", "Use 2 to 60 lower-case letters, digits, dots, dashes or underscores.");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      in.problem("email", "'" + email + "' is not an e-mail address like name@example.org.");
    }
    String name = in.required("name", 120);
    String jobTitle = in.text("jobTitle", 120);
    Long departmentId = departments.find(in, "department");
    Set<Role> roles = roles(in);
    PersonImport write =
        new PersonImport(
            now == null ? null : now.id(),
            now == null ? username : now.username(),
            name != null ? name : now == null ? null : now.displayName(),
            email != null ? email : now == null ? null : now.email(),
            jobTitle != null ? jobTitle : now == null ? null : now.jobTitle(),
            departmentId != null ? departmentId : now == null ? null : now.departmentId(),
            roles != null ? roles : now == null ? EnumSet.of(Role.MEMBER) : now.roles());
    Changes changes = new Changes(creating);
    changes.compare("Name", now == null ? null : now.displayName(), write.displayName());
    changes.compare("E-mail", now == null ? null : now.email(), write.email());
    changes.compare("Job title", now == null ? null : now.jobTitle(), write.jobTitle());
    changes.compare(
        "Department",
        now == null ? null : departments.code(now.departmentId()),
        departments.code(write.departmentId()));
    changes.compare("Roles", now == null ? null : names(now.roles()), names(write.roles()));
    RowPlan plan = changes.plan(in.row(), key, in.problems());
    return new Planned<>(plan, plan.action() == RowPlan.Action.UNCHANGED ? null : write);
  }

  private static String names(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
  }

  /** Roles by name or label, separated by commas, semicolons or "|"; null when none given. */
  private static Set<Role> roles(RowReader in) {
    String text = in.text("roles", 300);
    if (text == null) {
      return null;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String part : text.split("[,;|]")) {
      String wanted = ImportField.normalized(part);
      if (wanted.isEmpty()) {
        continue;
      }
      Role found = null;
      for (Role role : Role.values()) {
        if (ImportField.normalized(role.name()).equals(wanted)
            || ImportField.normalized(role.label()).equals(wanted)) {
          found = role;
        }
      }
      if (found == null) {
        in.problem(
            "roles",
            "'"
                + part.strip()
                + "' is not a role: use "
                + java.util.Arrays.stream(Role.values())
                    .map(Role::name)
                    .collect(Collectors.joining(", "))
                + ".");
      } else {
        roles.add(found);
      }
    }
    return roles.isEmpty() ? null : roles;
  }

  @Override
  void apply(List<Planned<PersonImport>> rows, CurrentUser user) {
    List<PersonImport> writes =
        rows.stream().map(Planned::write).filter(java.util.Objects::nonNull).toList();
    if (!writes.isEmpty()) {
      identity.importPeople(writes, user);
    }
  }
}
