package org.cairnpmo.planning.web;

import java.util.function.LongFunction;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the plan's API: every change names the plan version in If-Match and answers with
 * the plan's new version as the ETag and what the scheduling run after it moved.
 */
final class PlanResponses {

  private PlanResponses() {}

  /** 201 at the new entry's address below the requested path. */
  static <T extends Versioned.Entry> ResponseEntity<PlanEdit<T>> created(
      IfMatch ifMatch, LongFunction<PlanEdit<T>> change) {
    PlanEdit<T> edit = change.apply(ifMatch.expected(null));
    return VersionedResponses.created(edit, edit.result().id(), edit.version());
  }

  /** 200 with the change and what moved. */
  static <T> ResponseEntity<PlanEdit<T>> changed(
      IfMatch ifMatch, LongFunction<PlanEdit<T>> change) {
    return ifMatch.changed(change);
  }

  /** 200 with what the deletion moved: the plan's new version is the caller's next If-Match. */
  static ResponseEntity<ScheduleResult> deleted(
      IfMatch ifMatch, LongFunction<PlanEdit<Void>> change) {
    return VersionedResponses.ok(change.apply(ifMatch.expected(null)).schedule());
  }
}
