package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.CoachingData;
import org.cairnpmo.learning.domain.MentoringData;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.CoachingView;
import org.cairnpmo.learning.domain.MentoringViews.Feedback;
import org.cairnpmo.learning.domain.MentoringViews.MentoringView;
import org.cairnpmo.learning.domain.MentoringViews.SessionEntry;
import org.cairnpmo.learning.domain.MentoringViews.SessionLog;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: mentoring and coaching",
    description =
        "Mentoring pairs (set up by the PMO, seen by the pair and the PMO), their log of sessions"
            + " whose notes only the pair reads, their feedback; the PMO's coaching of project"
            + " teams. To anyone else a pair or a coaching answers 404.")
@RestController
record MentoringApiController(MentoringService mentoring) {

  static final String PAIRS = "/api/v1/learning/mentorings";
  static final String COACHINGS = "/api/v1/learning/coachings";

  @Operation(summary = "The pairs the caller sees: theirs, or all for the PMO")
  @GetMapping(PAIRS)
  List<MentoringView> pairs(CurrentUser viewer) {
    return mentoring.pairs(viewer);
  }

  @Operation(summary = "One pair; its ETag is its version")
  @GetMapping(PAIRS + "/{id}")
  ResponseEntity<MentoringView> pair(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(mentoring.pair(id, viewer));
  }

  @Operation(summary = "Set up a pair (PMO)")
  @PostMapping(PAIRS)
  ResponseEntity<MentoringView> create(@Valid @RequestBody MentoringData data, CurrentUser by) {
    return VersionedResponses.createdBelow(PAIRS, mentoring.create(data, by));
  }

  @Operation(summary = "Change a pair's goals or period (PMO); If-Match or 'version'")
  @PutMapping(PAIRS + "/{id}")
  ResponseEntity<MentoringView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody MentoringData data,
      CurrentUser by) {
    return ifMatch.changed(data.version(), expected -> mentoring.revise(id, data, expected, by));
  }

  @Operation(summary = "The feedback of the mentor or the mentee (the caller); If-Match")
  @PutMapping(PAIRS + "/{id}/feedback")
  ResponseEntity<MentoringView> feedback(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody Feedback data, CurrentUser by) {
    return ifMatch.changed(expected -> mentoring.feedback(id, data.feedback(), expected, by));
  }

  @Operation(summary = "The sessions held; the notes for the pair only")
  @GetMapping(PAIRS + "/{id}/sessions")
  List<SessionEntry> sessions(@PathVariable long id, CurrentUser viewer) {
    return mentoring.sessions(id, viewer);
  }

  @Operation(summary = "Log a session (the pair)")
  @PostMapping(PAIRS + "/{id}/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  SessionEntry log(@PathVariable long id, @Valid @RequestBody SessionLog entry, CurrentUser by) {
    return mentoring.log(id, entry, by);
  }

  @Operation(summary = "The PMO's coaching of project teams (PMO)")
  @GetMapping(COACHINGS)
  List<CoachingView> coachings(CurrentUser viewer) {
    return mentoring.coachings(viewer);
  }

  @Operation(summary = "One coaching (PMO); its ETag is its version")
  @GetMapping(COACHINGS + "/{id}")
  ResponseEntity<CoachingView> coaching(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(mentoring.coaching(id, viewer));
  }

  @Operation(summary = "Start coaching a team (PMO)")
  @PostMapping(COACHINGS)
  ResponseEntity<CoachingView> start(@Valid @RequestBody CoachingData data, CurrentUser by) {
    return VersionedResponses.createdBelow(COACHINGS, mentoring.startCoaching(data, by));
  }

  @Operation(summary = "Change a coaching, e.g. its outcome (PMO); If-Match or 'version'")
  @PutMapping(COACHINGS + "/{id}")
  ResponseEntity<CoachingView> revise(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody CoachingData data,
      CurrentUser by) {
    return ifMatch.changed(
        data.version(), expected -> mentoring.reviseCoaching(id, data, expected, by));
  }
}
