package org.cairnpmo.practices.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Practices' section of a project's archive bundle: the project's lessons learned with their texts,
 * tags and curation. A lesson merged into another comes back as reviewed: the lesson it was merged
 * into may belong to a project the bundle does not carry.
 */
@Component
class LessonRecords implements ProjectRecordsSection {

  private final LessonRepository lessons;
  private final RecordHistory history;

  LessonRecords(LessonRepository lessons, RecordHistory history) {
    this.lessons = lessons;
    this.history = history;
  }

  @Override
  public String name() {
    return "practices";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  @Override
  public int write(long projectId, ObjectNode section) {
    ArrayNode list = section.putArray("lessons");
    List<Lesson> found =
        lessons.findAll(
            (root, query, cb) -> cb.equal(root.get("projectId"), projectId), Sort.by("id"));
    for (Lesson l : found) {
      ObjectNode lesson =
          list.addObject()
              .put("original_id", l.getId())
              .put("title", l.getTitle())
              .put("what_happened", l.getWhatHappened())
              .put("impact", l.getImpact())
              .put("root_cause", l.getRootCause())
              .put("recommendation", l.getRecommendation())
              .put("category", l.getCategory().name())
              .put("phase", l.getPhaseName())
              .put("positive", l.isPositive())
              .put("status", l.getStatus().name())
              .put("curated_at", RecordsJson.instant(l.getCuratedAt()))
              .put("curated_by", l.getCuratedBy())
              .put("created_at", RecordsJson.instant(l.getCreatedAt()))
              .put("created_by", l.getCreatedBy());
      ArrayNode tags = lesson.putArray("tags");
      l.getTags().forEach(tags::add);
      RecordsJson.history(lesson, history, "lesson", l.getId());
    }
    return list.size();
  }

  @Override
  public int read(JsonNode section, ImportContext context) {
    int count = 0;
    for (JsonNode l : section.path("lessons")) {
      List<String> tags = new ArrayList<>();
      l.path("tags").forEach(t -> tags.add(t.asString()));
      Lesson lesson =
          Lesson.record(
              context.projectId(),
              new LessonData(
                  text(l, "title"),
                  text(l, "what_happened"),
                  text(l, "impact"),
                  text(l, "root_cause"),
                  text(l, "recommendation"),
                  LessonCategory.valueOf(text(l, "category")),
                  text(l, "phase"),
                  tags,
                  l.path("positive").asBoolean(false),
                  null),
              text(l, "created_by"),
              RecordsJson.instant(l, "created_at"));
      LessonStatus status = LessonStatus.valueOf(text(l, "status"));
      String curatedBy = text(l, "curated_by");
      Instant curatedAt = RecordsJson.instant(l, "curated_at");
      if (status == LessonStatus.ADOPTED) {
        lesson.adopt(curatedBy, curatedAt);
      } else if (status != LessonStatus.NEW) {
        lesson.review(curatedBy, curatedAt);
      }
      Lesson saved = lessons.save(lesson);
      history.restore("lesson", saved.getId(), l.path("history"));
      count++;
    }
    lessons.flush();
    return count;
  }
}
