package org.cairnpmo.budgets.domain;

import java.util.List;

/** A project's monthly progress; the version is the budget's, as both change together. */
public record ProgressView(
    long projectId, List<ProgressPoint> points, long version, boolean editable) {}
