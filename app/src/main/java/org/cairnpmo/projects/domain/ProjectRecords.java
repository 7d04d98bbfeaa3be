package org.cairnpmo.projects.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.ProjectRegistered;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's section of an archive bundle: the project with its classification, its members and
 * its field-by-field history. On import it creates the project (Active, so that the other sections
 * may add to it; {@link ProjectStatusMoves#closeImported} closes it last), with the people this
 * Cairn knows; the others are named in the history.
 */
@Component
class ProjectRecords implements ProjectRecordsSection {

  static final String NAME = "projects";

  private final ProjectRepository projects;
  private final ProjectChangeRepository changes;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final ProjectChecks checks;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  ProjectRecords(
      ProjectRepository projects,
      ProjectChangeRepository changes,
      IdentityApi identity,
      OrganizationApi organization,
      ProjectChecks checks,
      ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.projects = projects;
    this.changes = changes;
    this.identity = identity;
    this.organization = organization;
    this.checks = checks;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    Project p =
        projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    List<Long> people = new ArrayList<>();
    people.add(p.getManagerId());
    people.add(p.getSponsorId());
    p.sortedMembers().forEach(m -> people.add(m.getUserId()));
    Map<Long, UserSummary> users =
        identity.usersByIds(people.stream().filter(java.util.Objects::nonNull).toList());
    ObjectNode project = section.putObject("project");
    project.put("original_id", p.getId());
    project.put("code", p.getCode());
    project.put("name", p.getName());
    project.put("description", p.getDescription());
    Optional<DepartmentSummary> department =
        p.getDepartmentId() == null
            ? Optional.empty()
            : organization.department(p.getDepartmentId());
    if (department.isPresent()) {
      project
          .putObject("department")
          .put("code", department.get().code())
          .put("name", department.get().name());
    } else {
      project.putNull("department");
    }
    person(project, "manager", users.get(p.getManagerId()));
    person(project, "sponsor", users.get(p.getSponsorId()));
    project.put("category", p.getCategory().name());
    project.put("priority", p.getPriority().name());
    project.put("status", p.getStatus().name());
    project.put("planned_start", p.getPlannedStart().toString());
    project.put("planned_finish", p.getPlannedFinish().toString());
    project.put(
        "budget_amount", p.getBudgetAmount() == null ? null : p.getBudgetAmount().toPlainString());
    project.put("budget_currency", p.getBudgetCurrency());
    project.put("confidential", p.isConfidential());
    project.put("finished_on", p.getFinishedOn() == null ? null : p.getFinishedOn().toString());
    project.put("origin_proposal_code", p.origin() == null ? null : p.origin().proposalCode());
    project.put("created_at", p.getCreatedAt().toString());
    project.put("created_by", p.getCreatedBy());
    ArrayNode members = section.putArray("members");
    for (ProjectMember m : p.sortedMembers()) {
      ObjectNode member = members.addObject();
      UserSummary user = users.get(m.getUserId());
      member.put("username", user == null ? null : user.username());
      member.put("name", user == null ? null : user.displayName());
      member.put("role", m.getRole().name());
    }
    ArrayNode history = section.putArray("history");
    List<ProjectChange> entries = changes.findByProjectIdOrderByRevisionDescIdAsc(projectId);
    List<ProjectChange> oldestFirst =
        entries.stream()
            .sorted(
                java.util.Comparator.comparingLong(ProjectChange::getRevision)
                    .thenComparing(ProjectChange::getId))
            .toList();
    for (ProjectChange c : oldestFirst) {
      history
          .addObject()
          .put("revision", c.getRevision())
          .put("changed_at", c.getChangedAt().toString())
          .put("changed_by", c.getChangedBy())
          .put("field", c.getField())
          .put("old_value", c.getOldValue())
          .put("new_value", c.getNewValue());
    }
    return 1 + members.size() + history.size();
  }

  private static void person(ObjectNode node, String field, UserSummary user) {
    RecordsJson.person(
        node,
        field,
        user == null ? null : user.username(),
        user == null ? null : user.displayName());
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    JsonNode p = section.path("project");
    Long manager = context.user(p.path("manager")).orElse(null);
    Long sponsor = context.user(p.path("sponsor")).orElse(null);
    if (sponsor != null && sponsor.equals(manager)) {
      sponsor = null;
    }
    List<ProjectData.Member> members = new ArrayList<>();
    for (JsonNode m : section.path("members")) {
      MembershipRole role = MembershipRole.valueOf(m.path("role").asString());
      Optional<Long> user = context.user(m);
      if (user.isPresent()
          && (role == MembershipRole.TEAM_MEMBER || role == MembershipRole.STAKEHOLDER)
          && !user.get().equals(manager)
          && !user.get().equals(sponsor)) {
        members.add(new ProjectData.Member(user.get(), role));
      }
    }
    Long department =
        organization.departments().stream()
            .filter(d -> d.code().equalsIgnoreCase(p.path("department").path("code").asString("")))
            .map(DepartmentSummary::id)
            .findFirst()
            .orElse(null);
    String amount = text(p, "budget_amount");
    ProjectData data =
        new ProjectData(
            context.code(),
            text(p, "name"),
            text(p, "description"),
            department,
            sponsor,
            manager,
            ProjectCategory.valueOf(p.path("category").asString()),
            Priority.valueOf(p.path("priority").asString()),
            ProjectStatus.ACTIVE,
            LocalDate.parse(p.path("planned_start").asString()),
            LocalDate.parse(p.path("planned_finish").asString()),
            amount == null ? null : new BigDecimal(amount),
            text(p, "budget_currency"),
            p.path("confidential").asBoolean(false),
            members,
            null);
    checks.codeFree(data.code(), null);
    Instant now = clock.instant();
    Project project = projects.saveAndFlush(Project.register(data, context.actor(), now));
    context.projectCreated(project.getId());
    String finished = text(p, "finished_on");
    context.originallyFinished(finished == null ? null : LocalDate.parse(finished));
    int count = 1 + members.size();
    for (JsonNode c : section.path("history")) {
      changes.save(
          new ProjectChange(
              project.getId(),
              c.path("revision").asLong(),
              Instant.parse(c.path("changed_at").asString()),
              c.path("changed_by").asString(),
              c.path("field").asString(),
              text(c, "old_value"),
              text(c, "new_value")));
      count++;
    }
    changes.save(
        ProjectChange.of(
            project,
            now,
            context.actor(),
            "Project",
            null,
            "Imported from the archive bundle " + context.bundleName()));
    events.publishEvent(
        new ProjectRegistered(project.getId(), project.getCode(), project.getStatus()));
    return count;
  }
}
