package org.cairnpmo.archive;

/**
 * A project's document that names a deliverable, for a module that checks deliverables are there:
 * {@code approved} when its latest version is approved.
 */
public record DeliverableDocument(
    long documentId,
    long projectId,
    String title,
    String deliverableId,
    String deliverableName,
    int latestVersion,
    boolean approved) {}
