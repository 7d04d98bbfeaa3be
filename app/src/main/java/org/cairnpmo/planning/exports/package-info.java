/**
 * A plan as files: MSPDI XML (MS Project), PMXML and XER (Primavera) written by MPXJ and read back
 * by it with the same tasks, links, calendars, constraints and dates; the task table as XLSX; and
 * milestones as iCalendar (RFC 5545) feeds written by ical4j, per project and per person (the open
 * projects the person sees and manages, sponsors or is a member of). Whoever sees a project reads
 * its files.
 */
package org.cairnpmo.planning.exports;
