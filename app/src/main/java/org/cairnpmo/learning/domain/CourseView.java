package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.platform.Versioned;

/** A course of the catalog as everyone reads it; prerequisites are named by id and title. */
public record CourseView(
    long id,
    String title,
    String description,
    CourseKind kind,
    CourseFormat format,
    BigDecimal durationHours,
    BigDecimal credits,
    String provider,
    BigDecimal cost,
    String currency,
    String language,
    List<CourseRef> prerequisites,
    CertificationKind prerequisiteCertification,
    List<String> competencies,
    Long methodId,
    String methodName,
    boolean active,
    long version)
    implements Versioned.Entry {

  /** Another course, as a prerequisite names it. */
  public record CourseRef(long id, String title) {}
}
