package org.cairnpmo.onboarding.domain;

import static org.cairnpmo.onboarding.domain.ImportField.optional;
import static org.cairnpmo.onboarding.domain.ImportField.required;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.Labelled;

/**
 * What a file imports, the fields it reads, and who may import it: projects the PMO and
 * administrators (who may register and change every project), people and departments only
 * administrators (who administer accounts and the organization).
 */
@RequiredArgsConstructor
public enum ImportKind implements Labelled {
  PROJECTS(
      List.of(
          required("code", "Code", "project code", "project id", "project number", "key", "id"),
          required("name", "Name", "project name", "project", "title"),
          optional("description", "Description", "summary", "scope"),
          optional(
              "department",
              "Department",
              "department code",
              "dept",
              "unit",
              "organization unit",
              "owning department"),
          optional("manager", "Manager", "project manager", "pm", "manager username"),
          optional("sponsor", "Sponsor", "project sponsor", "sponsor username"),
          optional("category", "Category", "classification", "type", "project type"),
          optional("priority", "Priority"),
          optional("status", "Status", "state", "project status"),
          required("start", "Planned start", "start", "start date", "begin", "from"),
          required(
              "finish", "Planned finish", "finish", "end", "end date", "finish date", "due", "to"),
          optional("budget", "Budget", "budget amount", "amount", "total budget"),
          optional("currency", "Currency", "budget currency"),
          optional("confidential", "Confidential", "private", "restricted"))),
  PEOPLE(
      List.of(
          optional("username", "Username", "user", "user name", "login", "account", "user id"),
          optional("email", "E-mail", "email address", "mail", "e-mail address"),
          required("name", "Name", "display name", "full name", "person", "employee"),
          optional("jobTitle", "Job title", "title", "position", "function"),
          optional("department", "Department", "department code", "dept", "unit"),
          optional("roles", "Roles", "role", "global role", "global roles"))),
  DEPARTMENTS(
      List.of(
          required("code", "Code", "department code", "unit code", "id", "key"),
          required("name", "Name", "department", "department name", "unit", "unit name"),
          optional("description", "Description"),
          optional(
              "parent",
              "Parent",
              "parent code",
              "parent department",
              "parent unit",
              "division",
              "belongs to",
              "reports to"),
          optional("active", "Active", "enabled")));

  private final List<ImportField> fields;

  public List<ImportField> fields() {
    return fields;
  }

  /** Whether {@code user} may import this kind of record. */
  public boolean allows(CurrentUser user) {
    return this == PROJECTS ? user.governsAllProjects() : user.hasAnyRole(Role.ADMIN);
  }
}
