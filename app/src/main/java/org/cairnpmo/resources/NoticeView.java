package org.cairnpmo.resources;

import java.time.Instant;

/**
 * What the application told a person about a step of a resource request or a timesheet that
 * concerns them.
 *
 * @param link the page the step is seen on, a path of the application
 * @param read whether the person has marked it read
 */
public record NoticeView(
    long id, Instant at, String subject, String body, String link, boolean read) {}
