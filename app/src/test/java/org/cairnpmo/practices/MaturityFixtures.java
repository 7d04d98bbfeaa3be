package org.cairnpmo.practices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.practices.maturity.MaturityArea;

/** Request bodies of the maturity assessment for the tests. */
final class MaturityFixtures {

  private MaturityFixtures() {}

  static List<String> levels(String topic) {
    return List.of(
        topic + ": nothing yet",
        topic + ": on some projects",
        topic + ": a standard everywhere",
        topic + ": measured",
        topic + ": improved from the measures");
  }

  /** A questionnaire with two governance questions and one about each other area (7 in all). */
  static Map<String, Object> questionnaireBody(String name) {
    List<Map<String, Object>> questions = new ArrayList<>();
    questions.add(question(MaturityArea.GOVERNANCE, "Are gates decided?"));
    questions.add(question(MaturityArea.GOVERNANCE, "Are roles clear?"));
    for (MaturityArea area : MaturityArea.values()) {
      if (area != MaturityArea.GOVERNANCE) {
        questions.add(question(area, "How mature is " + area.label() + "?"));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", "For tests");
    body.put("questions", questions);
    return body;
  }

  static Map<String, Object> question(MaturityArea area, String text) {
    return Map.of("area", area.name(), "text", text, "levels", levels(text));
  }

  static Map<String, Object> assessmentBody(
      String name, long questionnaireId, List<Long> respondents) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("questionnaireId", questionnaireId);
    body.put("heldOn", "2026-11-02");
    body.put("respondentIds", respondents);
    return body;
  }

  /** Answers: the level per question id, in the given order. */
  static Map<String, Object> answers(List<Long> questions, List<Integer> levels, boolean submit) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      answers.add(Map.of("questionId", questions.get(i), "level", levels.get(i)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("answers", answers);
    body.put("submit", submit);
    return body;
  }
}
