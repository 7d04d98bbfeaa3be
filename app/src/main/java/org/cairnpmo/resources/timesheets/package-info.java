/**
 * Weekly timesheets of the people of the pool: hours per line and day, a line being an approved
 * resource request of the person, a task of a project's plan or a project with a free-text
 * activity. A week is saved as a draft, submitted, and approved (then locked) or returned with a
 * reason; approval announces the labour cost ({@link org.cairnpmo.resources.TimesheetApproved}). A
 * closed project's share of the weeks (its lines, never the rest of a week) leaves in its archive
 * bundle as the section {@code timesheets}; imported, those lines are kept read-only as the
 * project's imported hours, never as weeks of this Cairn. The decisions are in {@code
 * docs/resources.md}.
 */
package org.cairnpmo.resources.timesheets;
