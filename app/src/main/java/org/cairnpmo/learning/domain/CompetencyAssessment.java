package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A person's level in one competency, as they see it (self) or as their manager does. One of each
 * per person and competency: a new assessment replaces the earlier one of the same source.
 */
@Entity
@KeepsHistory("competency-assessment")
@Table(name = "lrn_assessment")
@Getter
public class CompetencyAssessment extends GeneratedId {

  /** Who assessed: the person themselves, or their line manager (or the PMO in their stead). */
  public enum Source {
    SELF,
    MANAGER
  }

  private long userId;
  private long competencyId;

  @Enumerated(EnumType.STRING)
  private Source source;

  private int level;
  private String note;
  private String assessedBy;
  private Instant assessedAt;
  @Version private long version;

  protected CompetencyAssessment() {}

  static CompetencyAssessment of(long userId, long competencyId, Source source) {
    CompetencyAssessment a = new CompetencyAssessment();
    a.userId = userId;
    a.competencyId = competencyId;
    a.source = source;
    return a;
  }

  void rate(int level, String note, String by, Instant at) {
    this.level = Competency.level("level", level);
    this.note = Competency.optionalText("note", note, 1000);
    this.assessedBy = by;
    this.assessedAt = at;
  }
}
