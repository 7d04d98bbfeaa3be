package org.cairnpmo.practices.domain;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;

/** A lesson with its project, as the caller may see it, and what the caller may do with it. */
public record LessonView(
    long id,
    long projectId,
    String projectCode,
    String projectName,
    String departmentName,
    String title,
    String whatHappened,
    String impact,
    String rootCause,
    String recommendation,
    LessonCategory category,
    String phase,
    List<String> tags,
    boolean positive,
    LessonStatus status,
    Long mergedIntoId,
    Instant curatedAt,
    String curatedBy,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable,
    boolean curatable)
    implements Versioned.Entry {}
