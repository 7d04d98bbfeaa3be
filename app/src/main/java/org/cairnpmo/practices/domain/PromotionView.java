package org.cairnpmo.practices.domain;

import java.time.Instant;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;

/** A change of the way of working that a lesson caused, seen from either side. */
public record PromotionView(
    long id,
    long lessonId,
    String lessonTitle,
    String projectCode,
    PromotionTarget targetKind,
    long targetId,
    String targetLabel,
    Integer targetRevision,
    PromotionChange change,
    String phase,
    String text,
    String note,
    Instant promotedAt,
    String promotedBy) {}
