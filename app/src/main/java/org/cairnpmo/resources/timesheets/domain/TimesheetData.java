package org.cairnpmo.resources.timesheets.domain;

import java.util.List;

/** A week's lines, saved whole; {@code version} is the one edited (0 for a week not saved yet). */
public record TimesheetData(List<LineData> lines, Long version) {}
