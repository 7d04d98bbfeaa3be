package org.cairnpmo.practices.domain;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closure asks for at least one lesson learned of the project, so the next one can learn. */
@Component
class LessonClosureCheck implements ClosureCheck {

  private final LessonRepository lessons;

  LessonClosureCheck(LessonRepository lessons) {
    this.lessons = lessons;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    long count = lessons.countByProjectId(project.id());
    return List.of(
        ClosureItem.of(
            "lessons",
            "Lessons recorded",
            count > 0,
            count == 0
                ? "No lesson learned is recorded for the project yet."
                : count + (count == 1 ? " lesson" : " lessons") + " recorded.",
            "/projects/" + project.id() + "/lessons"));
  }
}
