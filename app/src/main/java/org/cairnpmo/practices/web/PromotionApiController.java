package org.cairnpmo.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.PromotionData;
import org.cairnpmo.practices.domain.PromotionView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lessons promoted into the way of working, and the links both ways: the changes a lesson caused,
 * the lessons that changed a method version.
 */
@Tag(name = LessonApiController.TAG, description = LessonApiController.ABOUT)
@RestController
record PromotionApiController(LessonPromotionService promotions, MethodService methods) {

  @Operation(
      summary = "Promote a lesson into a change of a method or a project template",
      description =
          "PMO and administrators. METHOD: targetId names a version of the method; the change"
              + " (change=DELIVERABLE, CHECKLIST or GUIDANCE, for phase, with text) is made in"
              + " its draft, a new draft version when it is published (a retired version answers"
              + " 409). TEMPLATE: targetId is the template version that holds the change. The"
              + " lesson is marked adopted. Name the lesson's version in If-Match or 'version'.")
  @PostMapping(LessonApiController.BASE + "/{id}/promotions")
  ResponseEntity<PromotionView> promote(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody PromotionData data,
      CurrentUser by) {
    PromotionView view = promotions.promote(id, data, ifMatch.expected(data.version()), by);
    return ResponseEntity.status(HttpStatus.CREATED).body(view);
  }

  @Operation(summary = "The changes of the way of working a lesson caused")
  @GetMapping(LessonApiController.BASE + "/{id}/promotions")
  List<PromotionView> ofLesson(@PathVariable long id, CurrentUser viewer) {
    return promotions.ofLesson(id, viewer);
  }

  @Operation(
      summary = "The lessons that changed this version of a method",
      description = "Only lessons of projects the caller may see.")
  @GetMapping("/api/v1/practices/methods/{id}/lessons")
  List<PromotionView> intoMethod(@PathVariable long id, CurrentUser viewer) {
    methods.method(id);
    return promotions.into(PromotionTarget.METHOD, id, viewer);
  }
}
