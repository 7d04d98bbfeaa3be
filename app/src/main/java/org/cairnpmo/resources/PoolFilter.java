package org.cairnpmo.resources;

import org.cairnpmo.learning.CertificationKind;

/**
 * The pool list's search: text in the name, a department, a generic role, a skill; for those who
 * staff (resource managers, the PMO, administrators) also a competency of learning's framework at a
 * least level ({@code competencyLevel}, 1 when absent) and a valid certification. All optional.
 */
public record PoolFilter(
    String q,
    Long departmentId,
    Long roleId,
    String skill,
    String competency,
    Integer competencyLevel,
    CertificationKind certification) {

  public static PoolFilter none() {
    return new PoolFilter(null, null, null, null, null, null, null);
  }

  /** Whether the search asks learning: a competency or a certification. */
  public boolean asksLearning() {
    return learning().asks();
  }

  /** What the search asks of people's learning records. */
  public LearningAsk learning() {
    return new LearningAsk(competency, competencyLevel, certification);
  }
}
