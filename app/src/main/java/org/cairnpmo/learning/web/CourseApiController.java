package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.learning.domain.CourseFilter;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.LearningCalendars;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.learning.domain.SessionView;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: catalog",
    description =
        "Courses and their sessions. Everyone signed in reads the catalog; the PMO and"
            + " administrators write it.")
@RestController
record CourseApiController(
    CourseCatalog catalog, EnrollmentService enrollments, LearningCalendars calendars) {

  static final String COURSES = "/api/v1/learning/courses";
  static final String SESSIONS = "/api/v1/learning/sessions";
  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  @Operation(summary = "The catalog, by title")
  @GetMapping(COURSES)
  PageResponse<CourseView> courses(
      @RequestParam(required = false) CourseFormat format,
      @Parameter(description = "A language code, e.g. en") @RequestParam(required = false)
          String language,
      @Parameter(description = "Only courses with a session still to start")
          @RequestParam(required = false)
          Boolean upcoming,
      @Parameter(description = "Text the title contains, ignoring case")
          @RequestParam(required = false)
          String q,
      @PageQuery.DefaultSize(20) PageQuery paging) {
    return PageResponse.of(
        catalog.search(
            new CourseFilter(format, language, upcoming, q),
            paging.request(CourseCatalog.COURSE_ORDER)));
  }

  @Operation(summary = "One course; its ETag is its version")
  @GetMapping(COURSES + "/{id}")
  ResponseEntity<CourseView> course(@PathVariable long id) {
    return VersionedResponses.ok(catalog.course(id));
  }

  @Operation(summary = "Add a course", description = "PMO and administrators.")
  @PostMapping(COURSES)
  ResponseEntity<CourseView> define(@Valid @RequestBody CourseData data, CurrentUser by) {
    return VersionedResponses.createdBelow(COURSES, catalog.define(data, by));
  }

  @Operation(
      summary = "Change a course",
      description = "PMO and administrators. Name the version in If-Match or 'version'.")
  @PutMapping(COURSES + "/{id}")
  ResponseEntity<CourseView> revise(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody CourseData data, CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> catalog.revise(id, data, expected, by));
  }

  @Operation(summary = "A course's sessions, soonest first")
  @GetMapping(COURSES + "/{id}/sessions")
  PageResponse<SessionView> sessions(
      @PathVariable long id, @PageQuery.DefaultSize(20) PageQuery paging) {
    return PageResponse.of(catalog.sessionsOf(id, paging.request(CourseCatalog.SESSION_ORDER)));
  }

  @Operation(summary = "Plan a session of a course", description = "PMO and administrators.")
  @PostMapping(COURSES + "/{id}/sessions")
  ResponseEntity<SessionView> plan(
      @PathVariable long id, @Valid @RequestBody SessionData data, CurrentUser by) {
    return VersionedResponses.createdBelow(SESSIONS, catalog.plan(id, data, by));
  }

  @Operation(
      summary = "One session, with its seats taken and the length of its wait list",
      description = "Its ETag is its version.")
  @GetMapping(SESSIONS + "/{id}")
  ResponseEntity<SessionView> session(@PathVariable long id) {
    return VersionedResponses.ok(catalog.session(id));
  }

  @Operation(
      summary = "Change or cancel a session",
      description =
          "PMO and administrators. Never fewer seats than are taken; seats added go to the first"
              + " on the wait list. Name the version in If-Match or 'version'.")
  @PutMapping(SESSIONS + "/{id}")
  ResponseEntity<SessionView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody SessionData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> enrollments.reviseSession(id, data, expected, by));
  }

  @Operation(summary = "One session as an iCalendar (RFC 5545) event")
  @GetMapping({SESSIONS + "/{id}/calendar.ics", "/learning/sessions/{id}/calendar.ics"})
  ResponseEntity<byte[]> sessionCalendar(@PathVariable long id) {
    return ResponseEntity.ok().contentType(CALENDAR).body(calendars.session(id));
  }

  @Operation(
      summary = "My sessions as an iCalendar (RFC 5545) feed",
      description =
          "The sessions the caller has a place on, waits for or asked for. A calendar application"
              + " subscribes with HTTP Basic or a personal access token.")
  @GetMapping({"/api/v1/learning/my/sessions.ics", "/learning/me/sessions.ics"})
  ResponseEntity<byte[]> myCalendar(CurrentUser me) {
    return ResponseEntity.ok().contentType(CALENDAR).body(calendars.mine(me));
  }
}
