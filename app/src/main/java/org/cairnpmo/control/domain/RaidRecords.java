package org.cairnpmo.control.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RAID log's part of control's bundle section: risks (with their actions), issues, assumptions
 * and decisions, each with its owner, escalation and stamps. Dependencies name another project,
 * which the importing Cairn may not have; they are not carried yet. A risk and the issue it turned
 * into come back unlinked: the link is an id of the exporting Cairn.
 */
@Component
class RaidRecords {

  private final RaidStore store;
  private final IdentityApi identity;
  private final RecordHistory history;

  RaidRecords(RaidStore store, IdentityApi identity, RecordHistory history) {
    this.history = history;
    this.store = store;
    this.identity = identity;
  }

  private static <T> Specification<T> of(long projectId) {
    return (root, query, cb) -> cb.equal(root.get("projectId"), projectId);
  }

  int write(long projectId, ObjectNode section) {
    List<Risk> risks = store.risks().findAll(of(projectId), Sort.by("id"));
    List<Issue> issues = store.issues().findAll(of(projectId), Sort.by("id"));
    List<Assumption> assumptions = store.assumptions().findAll(of(projectId), Sort.by("id"));
    List<Decision> decisions = store.decisions().findAll(of(projectId), Sort.by("id"));
    Set<Long> people = new HashSet<>();
    List<RaidItem> all = new ArrayList<>();
    all.addAll(risks);
    all.addAll(issues);
    all.addAll(assumptions);
    all.addAll(decisions);
    for (RaidItem item : all) {
      add(people, item.getOwnerId());
      add(people, item.getEscalatedBy());
    }
    risks.forEach(r -> r.getActions().forEach(a -> add(people, a.ownerId())));
    assumptions.forEach(a -> add(people, a.getValidatedBy()));
    Map<Long, UserSummary> users = identity.usersByIds(people);
    ArrayNode riskList = section.putArray("risks");
    for (Risk r : risks) {
      ObjectNode risk = item(riskList.addObject(), r, users);
      risk.put("title", r.getTitle())
          .put("cause", r.getCause())
          .put("event", r.getEvent())
          .put("effect", r.getEffect())
          .put("probability", r.getProbability())
          .put("impact", r.getImpact())
          .put("proximity_date", day(r.getProximityDate()))
          .put("proximity", name(r.getProximity()))
          .put("strategy", name(r.getStrategy()))
          .put("residual_probability", r.getResidualProbability())
          .put("residual_impact", r.getResidualImpact())
          .put("status", name(r.getStatus()));
      ArrayNode actions = risk.putArray("actions");
      for (RiskAction a : r.getActions()) {
        ObjectNode action = actions.addObject().put("text", a.text());
        person(action, "owner", users.get(a.ownerId()));
        action.put("due_date", day(a.dueDate())).put("done", a.done());
      }
    }
    ArrayNode issueList = section.putArray("issues");
    for (Issue i : issues) {
      item(issueList.addObject(), i, users)
          .put("title", i.getTitle())
          .put("description", i.getDescription())
          .put("severity", name(i.getSeverity()))
          .put("due_date", day(i.getDueDate()))
          .put("resolution", i.getResolution())
          .put("status", name(i.getStatus()));
    }
    ArrayNode assumptionList = section.putArray("assumptions");
    for (Assumption a : assumptions) {
      ObjectNode assumption =
          item(assumptionList.addObject(), a, users)
              .put("text", a.getText())
              .put("validated", a.isValidated());
      person(assumption, "validated_by", users.get(a.getValidatedBy()));
      assumption.put("validated_on", day(a.getValidatedOn()));
    }
    ArrayNode decisionList = section.putArray("decisions");
    for (Decision d : decisions) {
      item(decisionList.addObject(), d, users)
          .put("what", d.getWhat())
          .put("why", d.getWhy())
          .put("decided_by", d.getDecidedBy())
          .put("decided_on", day(d.getDecidedOn()))
          .put("alternatives", d.getAlternatives());
    }
    return all.size();
  }

  /** The kind the change log keeps {@code item}'s history under. */
  private static String kindOf(RaidItem item) {
    return org.hibernate.Hibernate.getClass(item).getAnnotation(KeepsHistory.class).value();
  }

  private ObjectNode item(ObjectNode node, RaidItem item, Map<Long, UserSummary> users) {
    node.put("original_id", item.getId());
    person(node, "owner", users.get(item.getOwnerId()));
    node.put("escalated", item.isEscalated());
    person(node, "escalated_by", users.get(item.getEscalatedBy()));
    node.put("escalated_at", RecordsJson.instant(item.getEscalatedAt()))
        .put("escalation_note", item.getEscalationNote());
    AuditStamp audit = item.audit();
    node.put("created_at", RecordsJson.instant(audit.createdAt()))
        .put("created_by", audit.createdBy())
        .put("updated_at", RecordsJson.instant(audit.updatedAt()))
        .put("updated_by", audit.updatedBy());
    RecordsJson.history(node, history, kindOf(item), item.getId());
    return node;
  }

  int read(JsonNode section, ImportContext context) {
    int count = 0;
    long project = context.projectId();
    for (JsonNode r : section.path("risks")) {
      List<RiskData.ActionData> actions = new ArrayList<>();
      for (JsonNode a : r.path("actions")) {
        actions.add(
            new RiskData.ActionData(
                text(a, "text"),
                context.user(a.path("owner")).orElse(null),
                date(a, "due_date"),
                a.path("done").asBoolean(false)));
      }
      Risk risk =
          Risk.log(
              project,
              new RiskData(
                  text(r, "title"),
                  text(r, "cause"),
                  text(r, "event"),
                  text(r, "effect"),
                  r.path("probability").asInt(),
                  r.path("impact").asInt(),
                  date(r, "proximity_date"),
                  value(Proximity.class, text(r, "proximity")),
                  null,
                  value(ResponseStrategy.class, text(r, "strategy")),
                  actions,
                  integer(r, "residual_probability"),
                  integer(r, "residual_impact"),
                  RiskStatus.OPEN,
                  null),
              context.user(r.path("owner")).orElse(null),
              text(r, "created_by"),
              RecordsJson.instant(r, "created_at"));
      risk.importedStatus(RiskStatus.valueOf(text(r, "status")));
      stamps(risk, r, context);
      store.risks().save(risk);
      history.restore(kindOf(risk), risk.getId(), r.path("history"));
      count++;
    }
    for (JsonNode i : section.path("issues")) {
      Issue issue =
          Issue.log(
              project,
              new IssueData(
                  text(i, "title"),
                  text(i, "description"),
                  value(IssueSeverity.class, text(i, "severity")),
                  null,
                  date(i, "due_date"),
                  text(i, "resolution"),
                  IssueStatus.valueOf(text(i, "status")),
                  null),
              context.user(i.path("owner")).orElse(null),
              text(i, "created_by"),
              RecordsJson.instant(i, "created_at"));
      stamps(issue, i, context);
      store.issues().save(issue);
      history.restore(kindOf(issue), issue.getId(), i.path("history"));
      count++;
    }
    for (JsonNode a : section.path("assumptions")) {
      Assumption assumption =
          Assumption.log(
              project,
              new AssumptionData(text(a, "text"), null, false, null),
              context.user(a.path("owner")).orElse(null),
              0,
              text(a, "created_by"),
              LocalDate.now(),
              RecordsJson.instant(a, "created_at"));
      assumption.importedValidation(
          a.path("validated").asBoolean(false),
          context.user(a.path("validated_by")).orElse(null),
          date(a, "validated_on"));
      stamps(assumption, a, context);
      store.assumptions().save(assumption);
      history.restore(kindOf(assumption), assumption.getId(), a.path("history"));
      count++;
    }
    for (JsonNode d : section.path("decisions")) {
      LocalDate decidedOn = date(d, "decided_on");
      Decision decision =
          Decision.log(
              project,
              new DecisionData(
                  text(d, "what"),
                  text(d, "why"),
                  text(d, "decided_by"),
                  decidedOn,
                  text(d, "alternatives"),
                  null,
                  null),
              context.user(d.path("owner")).orElse(null),
              text(d, "created_by"),
              decidedOn,
              RecordsJson.instant(d, "created_at"));
      stamps(decision, d, context);
      store.decisions().save(decision);
      history.restore(kindOf(decision), decision.getId(), d.path("history"));
      count++;
    }
    store.risks().flush();
    return count;
  }

  private static void stamps(RaidItem item, JsonNode node, ImportContext context) {
    AuditStamp audit =
        AuditStamp.created(text(node, "created_by"), RecordsJson.instant(node, "created_at"));
    audit.touch(text(node, "updated_by"), RecordsJson.instant(node, "updated_at"));
    Instant escalatedAt = RecordsJson.instant(node, "escalated_at");
    item.imported(
        audit,
        node.path("escalated").asBoolean(false),
        context.user(node.path("escalated_by")).orElse(null),
        escalatedAt,
        text(node, "escalation_note"));
  }

  private static void add(Set<Long> ids, Long id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static void person(ObjectNode node, String field, UserSummary user) {
    RecordsJson.person(
        node,
        field,
        user == null ? null : user.username(),
        user == null ? null : user.displayName());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asInt();
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static LocalDate date(JsonNode node, String field) {
    String day = text(node, field);
    return day == null ? null : LocalDate.parse(day);
  }
}
