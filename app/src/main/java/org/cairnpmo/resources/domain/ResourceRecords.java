package org.cairnpmo.resources.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.SkillLevel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resources' section of a project's archive bundle: the project's resource requests with their
 * decisions (who was proposed, accepted, approved or rejected, and why) and its RACI matrix. People
 * of the pool are written by their user's username and their name, roles by name, plan tasks by WBS
 * code; on import each is found by the same, and what this Cairn does not have is left out (the
 * request keeps its note, a RACI column of nobody known here goes with its letters). Restored after
 * planning, whose tasks the RACI rows name.
 */
@Component
class ResourceRecords implements ProjectRecordsSection {

  private final ResourceRequestRepository requests;
  private final RaciRepository raci;
  private final PoolPersonRepository people;
  private final JobRoleRepository roles;
  private final IdentityApi identity;
  private final PlanningApi planning;
  private final RecordHistory history;

  ResourceRecords(
      ResourceRequestRepository requests,
      RaciRepository raci,
      PoolPersonRepository people,
      JobRoleRepository roles,
      IdentityApi identity,
      PlanningApi planning,
      RecordHistory history) {
    this.history = history;
    this.requests = requests;
    this.raci = raci;
    this.people = people;
    this.roles = roles;
    this.identity = identity;
    this.planning = planning;
  }

  @Override
  public String name() {
    return "resources";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  /** After planning: RACI rows name the plan's tasks. */
  @Override
  public int order() {
    return 300;
  }

  private static CurrentUser system(String username) {
    return new CurrentUser(0, username, username, Set.of(Role.ADMIN));
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    Map<Long, PoolPerson> pool = new HashMap<>();
    people.findAll().forEach(p -> pool.put(p.getId(), p));
    Map<Long, String> roleNames = new HashMap<>();
    roles.findAll().forEach(r -> roleNames.put(r.getId(), r.getName()));
    List<ResourceRequest> found =
        requests.findAllByProjectId(projectId).stream()
            .sorted(Comparator.comparingLong(ResourceRequest::getId))
            .toList();
    List<Long> userIds = new ArrayList<>();
    pool.values().stream()
        .map(PoolPerson::getUserId)
        .filter(Objects::nonNull)
        .forEach(userIds::add);
    found.forEach(r -> userIds.add(r.getRequestedById()));
    found.forEach(r -> r.getHistory().forEach(s -> userIds.add(s.byUserId())));
    Map<Long, UserSummary> users = identity.usersByIds(userIds);
    int count = 0;

    ArrayNode list = section.putArray("requests");
    for (ResourceRequest r : found) {
      ObjectNode node =
          list.addObject()
              .put("original_id", r.getId())
              .put("role", r.getRoleId() == null ? null : roleNames.get(r.getRoleId()));
      poolPerson(node, "person", r.getPersonId(), pool, users);
      ArrayNode skills = node.putArray("skills");
      r.getSkills()
          .forEach(
              s -> skills.addObject().put("skill", s.skill()).put("proficiency", s.proficiency()));
      node.put("hours_per_week", amount(r.getHoursPerWeek()))
          .put("first_day", day(r.getFirstDay()))
          .put("last_day", day(r.getLastDay()))
          .put("priority", r.getPriority() == null ? null : r.getPriority().name())
          .put("status", r.getStatus().name());
      poolPerson(node, "proposed_person", r.getProposedPersonId(), pool, users);
      node.put("reason", r.getReason()).put("note", r.getNote());
      user(node, "requested_by", r.getRequestedById(), users);
      node.put("created_at", RecordsJson.instant(r.getCreatedAt()))
          .put("updated_at", RecordsJson.instant(r.getUpdatedAt()));
      ArrayNode steps = node.putArray("steps");
      for (RequestStep s : r.getHistory()) {
        ObjectNode step =
            steps
                .addObject()
                .put("at", RecordsJson.instant(s.happenedAt()))
                .put("by_name", s.byName());
        user(step, "by", s.byUserId(), users);
        step.put("from_status", s.fromStatus() == null ? null : s.fromStatus().name())
            .put("to_status", s.toStatus().name())
            .put("note", s.note());
      }
      RecordsJson.history(node, history, "resource-request", r.getId());
      count += 1 + steps.size();
    }

    Optional<RaciMatrix> matrix = raci.findByProjectId(projectId);
    if (matrix.isEmpty()) {
      section.putNull("raci");
      return count;
    }
    RaciMatrix m = matrix.get();
    Map<Long, String> wbs = new HashMap<>();
    planning
        .findPlan(projectId, system("archive"))
        .ifPresent(
            plan ->
                planning
                    .allTasks(projectId, null, system("archive"))
                    .forEach(t -> wbs.put(t.id(), t.wbs())));
    ObjectNode node = section.putObject("raci");
    ArrayNode columns = node.putArray("columns");
    for (RaciColumnEntry c : m.getColumns()) {
      ObjectNode column = columns.addObject();
      poolPerson(column, "person", c.personId(), pool, users);
      column.put("role", c.roleId() == null ? null : roleNames.get(c.roleId()));
    }
    ArrayNode rows = node.putArray("rows");
    for (RaciRowEntry row : m.getRows()) {
      rows.addObject()
          .put("label", row.label())
          .put("task", row.taskId() == null ? null : wbs.get(row.taskId()))
          .put("letters", row.letters());
    }
    node.put("updated_at", RecordsJson.instant(m.getUpdatedAt()))
        .put("updated_by", m.getUpdatedBy());
    RecordsJson.history(node, history, "raci-matrix", m.getId());
    return count + 1 + rows.size();
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    long projectId = context.projectId();
    Map<String, Long> roleIds = new HashMap<>();
    roles.findAll().forEach(r -> roleIds.putIfAbsent(r.getName(), r.getId()));
    List<PoolPerson> pool = people.findAll();
    long actorId = context.user(person(context.actor())).orElse(0L);
    int count = 0;

    for (JsonNode r : section.path("requests")) {
      List<SkillLevel> skills = new ArrayList<>();
      for (JsonNode s : r.path("skills")) {
        skills.add(new SkillLevel(text(s, "skill"), s.path("proficiency").asInt()));
      }
      String priority = text(r, "priority");
      RequestData data =
          new RequestData(
              roleIds.get(text(r, "role")),
              poolPerson(r.path("person"), pool, context),
              skills,
              amount(r, "hours_per_week"),
              day(r, "first_day"),
              day(r, "last_day"),
              priority == null ? null : Priority.valueOf(priority),
              text(r, "note"));
      List<RequestStep> steps = new ArrayList<>();
      for (JsonNode s : r.path("steps")) {
        String from = text(s, "from_status");
        steps.add(
            new RequestStep(
                RecordsJson.instant(s, "at"),
                context.user(s.path("by")).orElse(actorId),
                text(s, "by_name"),
                from == null ? null : RequestStatus.valueOf(from),
                RequestStatus.valueOf(text(s, "to_status")),
                text(s, "note")));
      }
      ResourceRequest saved =
          requests.save(
              ResourceRequest.restored(
                  projectId,
                  data,
                  RequestStatus.valueOf(text(r, "status")),
                  poolPerson(r.path("proposed_person"), pool, context),
                  text(r, "reason"),
                  context.user(r.path("requested_by")).orElse(actorId),
                  RecordsJson.instant(r, "created_at"),
                  RecordsJson.instant(r, "updated_at"),
                  steps));
      history.restore("resource-request", saved.getId(), r.path("history"));
      count += 1 + steps.size();
    }
    requests.flush();

    JsonNode m = section.path("raci");
    if (m.isMissingNode() || m.isNull()) {
      return count;
    }
    Map<String, Long> taskIds = new HashMap<>();
    CurrentUser actor = system(context.actor());
    if (planning.findPlan(projectId, actor).isPresent()) {
      for (TaskView t : planning.allTasks(projectId, null, actor)) {
        taskIds.put(t.wbs(), t.id());
      }
    }
    List<RaciColumnEntry> columns = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    int index = 0;
    for (JsonNode c : m.path("columns")) {
      Long personId = poolPerson(c.path("person"), pool, context);
      Long roleId = roleIds.get(text(c, "role"));
      if (personId != null || roleId != null) {
        columns.add(new RaciColumnEntry(personId, personId == null ? roleId : null));
        kept.add(index);
      }
      index++;
    }
    List<RaciRowEntry> rows = new ArrayList<>();
    for (JsonNode row : m.path("rows")) {
      String letters = Optional.ofNullable(text(row, "letters")).orElse("");
      String task = text(row, "task");
      rows.add(
          new RaciRowEntry(
              text(row, "label"),
              task == null ? null : taskIds.get(task),
              kept.stream()
                  .map(i -> i < letters.length() ? String.valueOf(letters.charAt(i)) : "-")
                  .collect(Collectors.joining())));
    }
    RaciMatrix matrix = new RaciMatrix(projectId);
    matrix.replace(
        new RaciRules.Checked(columns, rows),
        Optional.ofNullable(RecordsJson.instant(m, "updated_at")).orElse(Instant.EPOCH),
        Optional.ofNullable(text(m, "updated_by")).orElse(context.actor()));
    RaciMatrix savedMatrix = raci.saveAndFlush(matrix);
    history.restore("raci-matrix", savedMatrix.getId(), m.path("history"));
    return count + 1 + rows.size();
  }

  /** A person of the pool: their user's username (null when they have none) and their name. */
  private static void poolPerson(
      ObjectNode node,
      String field,
      Long personId,
      Map<Long, PoolPerson> pool,
      Map<Long, UserSummary> users) {
    PoolPerson p = personId == null ? null : pool.get(personId);
    if (p == null) {
      node.putNull(field);
      return;
    }
    UserSummary user = p.getUserId() == null ? null : users.get(p.getUserId());
    node.putObject(field)
        .put("username", user == null ? null : user.username())
        .put("name", p.getName());
  }

  /**
   * The person of this Cairn's pool a bundle's person names: the one of the user with the username,
   * else the only one of that name; null when there is none.
   */
  private Long poolPerson(JsonNode person, List<PoolPerson> pool, ImportContext context) {
    if (person == null || person.isMissingNode() || person.isNull()) {
      return null;
    }
    if (text(person, "username") != null) {
      Optional<Long> user = context.user(person);
      if (user.isPresent()) {
        Optional<PoolPerson> found = people.findByUserId(user.get());
        if (found.isPresent()) {
          return found.get().getId();
        }
      }
    }
    String name = text(person, "name");
    List<PoolPerson> named = pool.stream().filter(p -> p.getName().equals(name)).toList();
    return named.size() == 1 ? named.get(0).getId() : null;
  }

  private static void user(
      ObjectNode node, String field, long userId, Map<Long, UserSummary> users) {
    UserSummary user = users.get(userId);
    RecordsJson.person(
        node,
        field,
        user == null ? null : user.username(),
        user == null ? null : user.displayName());
  }

  private JsonNode person(String username) {
    return tools.jackson.databind.node.JsonNodeFactory.instance
        .objectNode()
        .put("username", username);
  }

  private static String amount(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static BigDecimal amount(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : new BigDecimal(text);
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static LocalDate day(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : LocalDate.parse(text);
  }
}
