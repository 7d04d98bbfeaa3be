package org.cairnpmo.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;

/**
 * A lesson promoted into a change of the way of working: into a version of a method (the change was
 * made there, in a draft) or of a project template (the template's version holds the change).
 * Written once; it records what was changed, where, by whom and why.
 */
@Entity
@Table(name = "prc_lesson_promotion")
@Getter
public class LessonPromotion extends GeneratedId {

  private long lessonId;

  @Enumerated(EnumType.STRING)
  private PromotionTarget targetKind;

  private long targetId;
  private String targetLabel;
  private Integer targetRevision;

  @Enumerated(EnumType.STRING)
  private PromotionChange changeKind;

  private String phaseName;
  private String changeText;
  private String note;
  private Instant promotedAt;
  private String promotedBy;

  protected LessonPromotion() {}

  LessonPromotion(
      long lessonId,
      PromotionTarget targetKind,
      long targetId,
      String targetLabel,
      Integer targetRevision,
      PromotionChange changeKind,
      String phaseName,
      String changeText,
      String note,
      String by,
      Instant at) {
    this.lessonId = lessonId;
    this.targetKind = targetKind;
    this.targetId = targetId;
    this.targetLabel = targetLabel;
    this.targetRevision = targetRevision;
    this.changeKind = changeKind;
    this.phaseName = phaseName;
    this.changeText = changeText;
    this.note = Deliverable.blankToNull(note);
    this.promotedBy = by;
    this.promotedAt = at;
  }
}
