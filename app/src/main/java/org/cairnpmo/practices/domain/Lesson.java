package org.cairnpmo.practices.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchAnalysis;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A lesson learned on a project. The PMO curates it: reviewed, adopted into the way of working, or
 * merged into another lesson it duplicates (it then points to that survivor, and is changed no
 * more).
 *
 * <p>It is indexed for full-text search ({@link LessonSearch}): its texts for relevance and
 * highlighting, its category, phase, tags, status and project as keywords to filter, boost and
 * count by. The index follows every change made through JPA.
 */
@Entity
@KeepsHistory("lesson")
@Table(name = "prc_lesson")
@Getter
@Indexed(index = "lesson")
public class Lesson extends GeneratedId implements Audited {

  private long projectId;

  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = "titleWords",
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String title;

  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = "whatHappenedWords",
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String whatHappened;

  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = "impactWords",
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String impact;

  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = "rootCauseWords",
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String rootCause;

  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = "recommendationWords",
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String recommendation;

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

  @Version private long version;
  @Embedded private AuditStamp audit;

  protected Lesson() {}

  static Lesson record(long projectId, LessonData data, String by, Instant now) {
    Lesson lesson = new Lesson();
    lesson.projectId = projectId;
    lesson.status = LessonStatus.NEW;
    lesson.audit = AuditStamp.created(by, now);
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
    audit.touch(by, now);
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
    audit.touch(by, now);
  }

  /** A tag as it is kept: lower case, words joined by hyphens. */
  static String tag(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  /**
   * The project as a keyword of the index: filtered by sets of ids (the projects a viewer may not
   * see) in one Lucene query, however many, and counted per project for the department facet.
   */
  @KeywordField(
      name = "project",
      aggregable = Aggregable.YES,
      searchable = Searchable.YES,
      projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "projectId")))
  public String getProjectKey() {
    return Long.toString(projectId);
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
  public AuditStamp audit() {
    return audit;
  }

  // ---- the search across Cairn (SearchFields): the index follows every change through JPA ----

  @KeywordField(
      name = SearchFields.KIND,
      aggregable = Aggregable.YES,
      projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchKind() {
    return SearchFields.KIND_LESSON;
  }

  /** The record's page, for a search hit to link to. */
  @KeywordField(
      name = SearchFields.LINK,
      searchable = org.hibernate.search.engine.backend.types.Searchable.NO,
      projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getSearchLink() {
    return "/practices/lessons/" + getId();
  }

  @FullTextField(
      name = SearchFields.TEXT,
      analyzer = SearchAnalysis.TEXT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = SearchFields.TEXT_WORDS,
      analyzer = SearchAnalysis.WORDS,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "whatHappened")),
        @ObjectPath(@PropertyValue(propertyName = "impact")),
        @ObjectPath(@PropertyValue(propertyName = "rootCause")),
        @ObjectPath(@PropertyValue(propertyName = "recommendation"))
      })
  public String getSearchText() {
    return SearchFields.join(whatHappened, impact, rootCause, recommendation);
  }

  @KeywordField(
      name = SearchFields.TYPE,
      aggregable = Aggregable.YES,
      projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "category")))
  public String getSearchType() {
    return category == null ? null : category.name();
  }

  @GenericField(
      name = SearchFields.YEAR,
      aggregable = Aggregable.YES,
      projectable = Projectable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public Integer getSearchYear() {
    return audit == null || audit.createdAt() == null
        ? null
        : audit.createdAt().atZone(java.time.ZoneOffset.UTC).getYear();
  }
}
