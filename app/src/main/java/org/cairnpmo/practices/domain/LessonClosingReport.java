package org.cairnpmo.practices.domain;

import java.util.List;
import org.cairnpmo.projects.ClosingReport;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Practices' part of a closed project's final report: the titles of its lessons learned. */
@Component
class LessonClosingReport implements ClosingReport {

  private final LessonRepository lessons;

  LessonClosingReport(LessonRepository lessons) {
    this.lessons = lessons;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Part> closingReport(ProjectView project) {
    List<List<String>> rows =
        lessons
            .findAll(
                (root, query, cb) -> cb.equal(root.get("projectId"), project.id()), Sort.by("id"))
            .stream()
            .map(
                l ->
                    List.of(
                        l.getTitle(),
                        l.getCategory().label(),
                        l.isPositive() ? "What worked" : "What to change"))
            .toList();
    return List.of(
        new Part(
            60,
            "Lessons learned",
            List.of("Lesson", "Category", "Kind"),
            rows,
            rows.isEmpty() ? List.of("No lesson learned was recorded.") : List.of()));
  }
}
