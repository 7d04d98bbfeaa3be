package org.cairnpmo.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionBody;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.LessonSuggestion;
import org.cairnpmo.practices.domain.LessonData;
import org.cairnpmo.practices.domain.LessonFilter;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.LessonView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = LessonApiController.TAG, description = LessonApiController.ABOUT)
@RestController
record LessonApiController(LessonService lessons) {

  static final String BASE = "/api/v1/practices/lessons";

  /** The API section of lessons, their search and their promotions. */
  static final String TAG = "Practices: lessons learned";

  static final String ABOUT =
      "Lessons recorded on projects by their people and the PMO, curated by the PMO. A lesson is"
          + " exactly as visible as its project: one the caller may not see answers 404 and is"
          + " in no list or count.";

  @Operation(
      summary = "Lessons across the projects the caller may see, newest first",
      description = "Merged lessons are left out unless status=MERGED.")
  @GetMapping(BASE)
  PageResponse<LessonView> lessons(
      @RequestParam(required = false) LessonCategory category,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Long departmentId,
      @Parameter(
              description =
                  "Text the title or any text contains, ignoring case; for ranked full-text"
                      + " search with typo tolerance, snippets and facets, see /search")
          @RequestParam(required = false)
          String q,
      @RequestParam(required = false) LessonStatus status,
      @RequestParam(required = false) Boolean positive,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        lessons.search(
            new LessonFilter(category, phase, tag, departmentId, q, status, positive),
            paging.request(LessonService.ORDER),
            viewer));
  }

  @Operation(
      summary = "The lessons of other projects that matter most, best first",
      description =
          "Full-text relevance (BM25) of the lessons to q, typos forgiven, boosted by the same"
              + " category, phase and department and by tags that match. At most 5.")
  @GetMapping(BASE + "/relevant")
  List<LessonSuggestion> relevant(
      @RequestParam(required = false) LessonCategory category,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long excludeProjectId,
      @RequestParam(required = false) Long departmentId,
      CurrentUser viewer) {
    return lessons.relevant(category, phase, q, departmentId, excludeProjectId, 5, viewer);
  }

  @Operation(summary = "One lesson; its ETag is its version")
  @GetMapping(BASE + "/{id}")
  ResponseEntity<LessonView> lesson(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(lessons.lesson(id, viewer));
  }

  @Operation(
      summary = "Change a lesson",
      description =
          "Whoever recorded it, the project's manager, the PMO. Name the version in If-Match or"
              + " 'version'. A merged lesson answers 409.")
  @PutMapping(BASE + "/{id}")
  ResponseEntity<LessonView> revise(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody LessonData data, CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> lessons.revise(id, data, expected, by));
  }

  @Operation(summary = "Mark a new lesson as reviewed", description = "PMO and administrators.")
  @PostMapping(BASE + "/{id}/review")
  ResponseEntity<LessonView> review(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> lessons.review(id, expected, by));
  }

  @Operation(
      summary = "Mark a lesson as adopted into the way of working",
      description = "PMO and administrators.")
  @PostMapping(BASE + "/{id}/adoption")
  ResponseEntity<LessonView> adopt(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody(required = false) VersionBody body,
      CurrentUser by) {
    return ifMatch.changed(body, expected -> lessons.adopt(id, expected, by));
  }

  @Operation(
      summary = "Merge a duplicate into another lesson",
      description =
          "PMO and administrators. The duplicate points to the survivor from now on and is changed"
              + " no more. Not into itself, nor into a lesson that was itself merged.")
  @PostMapping(BASE + "/{id}/merge")
  ResponseEntity<LessonView> merge(
      @PathVariable long id, IfMatch ifMatch, @RequestBody MergeBody body, CurrentUser by) {
    return ifMatch.changed(
        body.version(), expected -> lessons.merge(id, body.survivorId(), expected, by));
  }

  @Operation(summary = "A project's lessons, newest first")
  @GetMapping("/api/v1/projects/{projectId}/lessons")
  PageResponse<LessonView> ofProject(
      @PathVariable long projectId,
      @RequestParam(required = false) LessonCategory category,
      @RequestParam(required = false) LessonStatus status,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    return PageResponse.of(
        lessons.ofProject(
            projectId,
            new LessonFilter(category, null, null, null, null, status, null),
            paging.request(LessonService.ORDER),
            viewer));
  }

  @Operation(
      summary = "Record a lesson on a project",
      description = "The people on the project (manager, sponsor, team members) and the PMO.")
  @PostMapping("/api/v1/projects/{projectId}/lessons")
  ResponseEntity<LessonView> record(
      @PathVariable long projectId, @Valid @RequestBody LessonData data, CurrentUser by) {
    return VersionedResponses.createdBelow(BASE, lessons.record(projectId, data, by));
  }

  /** The lesson a duplicate is merged into, and the duplicate's version. */
  record MergeBody(Long survivorId, Long version) {}
}
