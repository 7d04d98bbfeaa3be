package org.cairnpmo.engine.staffing;

import java.util.List;

/**
 * One person proposed for a request.
 *
 * @param personId who
 * @param fit the score and its parts
 * @param freeHours hours free for the request over its period (at most the hours it asks)
 * @param askedHours hours the request asks of this person over its period
 * @param reasons the score's parts as short sentences
 */
public record Suggestion(
    String personId, FitScore fit, double freeHours, double askedHours, List<String> reasons) {

  public Suggestion {
    reasons = List.copyOf(reasons);
  }
}
