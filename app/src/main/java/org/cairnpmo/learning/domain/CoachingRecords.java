package org.cairnpmo.learning.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Learning's section of a project's archive bundle: the PMO's coaching of the project's team (the
 * coaching that names the project). A coach this Cairn does not know is replaced by whoever
 * imports, and named in the project's history note as every unknown person is.
 */
@Component
class CoachingRecords implements ProjectRecordsSection {

  private final CoachingRepository coachings;
  private final IdentityApi identity;
  private final RecordHistory history;

  CoachingRecords(CoachingRepository coachings, IdentityApi identity, RecordHistory history) {
    this.history = history;
    this.coachings = coachings;
    this.identity = identity;
  }

  @Override
  public String name() {
    return "learning";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    List<Coaching> found =
        coachings.findAllByOrderByStartsOnDescIdAsc().stream()
            .filter(c -> c.getProjectId() != null && c.getProjectId() == projectId)
            .sorted(Comparator.comparingLong(Coaching::getId))
            .toList();
    Map<Long, UserSummary> coaches =
        identity.usersByIds(found.stream().map(Coaching::getCoachId).toList());
    ArrayNode list = section.putArray("coachings");
    for (Coaching c : found) {
      ObjectNode node = list.addObject().put("original_id", c.getId()).put("team", c.getTeam());
      UserSummary coach = coaches.get(c.getCoachId());
      RecordsJson.person(
          node,
          "coach",
          coach == null ? null : coach.username(),
          coach == null ? null : coach.displayName());
      node.put("purpose", c.getPurpose())
          .put("outcome", c.getOutcome())
          .put("starts_on", c.getStartsOn() == null ? null : c.getStartsOn().toString())
          .put("ends_on", c.getEndsOn() == null ? null : c.getEndsOn().toString())
          .put("created_at", RecordsJson.instant(c.audit().createdAt()))
          .put("created_by", c.audit().createdBy())
          .put("updated_at", RecordsJson.instant(c.audit().updatedAt()))
          .put("updated_by", c.audit().updatedBy());
      RecordsJson.history(node, history, "coaching", c.getId());
    }
    return list.size();
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    long importer =
        context
            .user(JsonNodeFactory.instance.objectNode().put("username", context.actor()))
            .orElse(0L);
    int count = 0;
    for (JsonNode c : section.path("coachings")) {
      String ends = text(c, "ends_on");
      String by = Optional.ofNullable(text(c, "created_by")).orElse(context.actor());
      Instant at = Optional.ofNullable(RecordsJson.instant(c, "created_at")).orElse(Instant.EPOCH);
      Coaching coaching =
          Coaching.start(
              new CoachingData(
                  text(c, "team"),
                  context.projectId(),
                  context.user(c.path("coach")).orElse(importer),
                  text(c, "purpose"),
                  text(c, "outcome"),
                  LocalDate.parse(text(c, "starts_on")),
                  ends == null ? null : LocalDate.parse(ends),
                  null),
              by,
              at);
      Instant updated = RecordsJson.instant(c, "updated_at");
      if (updated != null) {
        coaching.audit().touch(Optional.ofNullable(text(c, "updated_by")).orElse(by), updated);
      }
      Coaching saved = coachings.save(coaching);
      history.restore("coaching", saved.getId(), c.path("history"));
      count++;
    }
    coachings.flush();
    return count;
  }
}
