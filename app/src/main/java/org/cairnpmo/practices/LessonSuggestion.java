package org.cairnpmo.practices;

/**
 * A lesson of another project that may matter, with its relevance score (higher is closer; only the
 * order means something) and the project it comes from.
 */
public record LessonSuggestion(
    long lessonId,
    String title,
    String recommendation,
    LessonCategory category,
    String phase,
    boolean positive,
    long projectId,
    String projectCode,
    String projectName,
    double score) {}
