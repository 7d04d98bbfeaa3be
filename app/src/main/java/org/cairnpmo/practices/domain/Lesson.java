package org.cairnpmo.practices.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchAnalysis;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchProse;
import org.cairnpmo.platform.search.SearchRecord;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A lesson learned on a project. The PMO curates it: reviewed, adopted into the way of working, or
 * merged into another lesson it duplicates (it then points to that survivor, and is changed no
 * more).
 *
 * <p>It is indexed for full-text search ({@link LessonSearch}): its texts for relevance and
 * highlighting, its category, phase, tags, status and project as keywords to filter, boost and
 * count by. Its title and project are the fields every record of the search across Cairn carries
 * ({@link #searchEntry}). The index follows every change made through JPA.
 */
@Entity
@KeepsHistory("lesson")
@Table(name = "prc_lesson")
@Getter
@Indexed(index = "lesson")
@SearchRecordMapping(
    derivedFrom = {
      "title",
      "whatHappened",
      "impact",
      "rootCause",
      "recommendation",
      "category",
      "projectId"
    })
public class Lesson extends EditableRecord implements SearchRecord {

  private long projectId;

  private String title;

  @SearchProse private String whatHappened;

  @SearchProse private String impact;

  @SearchProse private String rootCause;

  @SearchProse private String recommendation;

  @Enumerated(EnumType.STRING)
  @KeywordField(aggregable = Aggregable.YES)
  private LessonCategory category;

  @KeywordField(name = "phase", aggregable = Aggregable.YES)
  @KeywordField(name = "phaseKey", normalizer = SearchAnalysis.KEY)
  private String phaseName;

  @GenericField private boolean positive;

  @Enumerated(EnumType.STRING)
  @KeywordField
  private LessonStatus status;

  private Long mergedIntoId;
  private Instant curatedAt;
  private String curatedBy;

  @ElementCollection
  @CollectionTable(name = "prc_lesson_tag", joinColumns = @JoinColumn(name = "lesson_id"))
  @Column(name = "tag")
  @Getter(AccessLevel.NONE)
  @KeywordField(name = "tag", aggregable = Aggregable.YES)
  @FullTextField(name = "tagText", analyzer = SearchAnalysis.TEXT)
  private Set<String> tags = new TreeSet<>();

  protected Lesson() {}

  static Lesson record(long projectId, LessonData data, String by, Instant now) {
    Lesson lesson = new Lesson();
    lesson.projectId = projectId;
    lesson.status = LessonStatus.NEW;
    lesson.stampCreated(by, now);
    lesson.apply(data, by, now);
    return lesson;
  }

  void revise(LessonData data, String by, Instant now) {
    requireNotMerged();
    apply(data, by, now);
  }

  /** The PMO has read it and keeps it as it is. */
  void review(String by, Instant now) {
    requireNotMerged();
    if (status != LessonStatus.NEW) {
      throw new BusinessRuleException(
          "lesson-curated",
          "This lesson is already " + status.label().toLowerCase(Locale.ROOT) + ".");
    }
    curate(LessonStatus.REVIEWED, by, now);
  }

  /** The way of working now follows the lesson's recommendation. */
  void adopt(String by, Instant now) {
    requireNotMerged();
    if (status == LessonStatus.ADOPTED) {
      throw new BusinessRuleException("lesson-curated", "This lesson is already adopted.");
    }
    curate(LessonStatus.ADOPTED, by, now);
  }

  /**
   * This lesson duplicates {@code survivor}: it points to it from now on. Refused into itself, into
   * a lesson that was itself merged, and for a lesson already merged.
   */
  void mergeInto(Lesson survivor, String by, Instant now) {
    if (survivor.getId().equals(getId())) {
      throw InvalidInputException.of("survivorId", "A lesson cannot be merged into itself.");
    }
    requireNotMerged();
    if (survivor.status == LessonStatus.MERGED) {
      throw InvalidInputException.of(
          "survivorId",
          "That lesson was itself merged into lesson "
              + survivor.mergedIntoId
              + "; merge into that one.");
    }
    mergedIntoId = survivor.getId();
    curate(LessonStatus.MERGED, by, now);
  }

  private void curate(LessonStatus next, String by, Instant now) {
    status = next;
    curatedAt = now;
    curatedBy = by;
    stampChanged(by, now);
  }

  private void requireNotMerged() {
    if (status == LessonStatus.MERGED) {
      throw new BusinessRuleException(
          "lesson-merged",
          "This lesson was merged into lesson " + mergedIntoId + " and is no longer changed.");
    }
  }

  private void apply(LessonData data, String by, Instant now) {
    title = data.title().trim();
    whatHappened = data.whatHappened().trim();
    impact = Deliverable.blankToNull(data.impact());
    rootCause = Deliverable.blankToNull(data.rootCause());
    recommendation = Deliverable.blankToNull(data.recommendation());
    category = data.category();
    phaseName = Deliverable.blankToNull(data.phase());
    positive = data.isPositive();
    tags.clear();
    data.tagsOrEmpty().stream().map(Lesson::tag).forEach(tags::add);
    stampChanged(by, now);
  }

  /** A tag as it is kept: lower case, words joined by hyphens. */
  static String tag(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  /** The order of recording, to list the newest first without a text to rank by. */
  @GenericField(name = "seq", sortable = Sortable.YES, searchable = Searchable.NO)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public Long getSeq() {
    return getId();
  }

  public List<String> getTags() {
    return List.copyOf(tags);
  }

  @Override
  public SearchEntry searchEntry() {
    return SearchEntry.of(
            SearchFields.KIND_LESSON,
            "/practices/lessons/" + getId(),
            title,
            SearchFields.join(whatHappened, impact, rootCause, recommendation))
        .project(projectId)
        .type(category)
        .yearMade(audit());
  }
}
