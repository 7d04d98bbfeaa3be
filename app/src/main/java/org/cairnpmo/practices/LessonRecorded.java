package org.cairnpmo.practices;

/** A lesson was recorded on a project. */
public record LessonRecorded(long lessonId, long projectId, LessonCategory category) {}
