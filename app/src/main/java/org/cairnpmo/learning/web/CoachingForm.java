package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.domain.CoachingData;
import org.cairnpmo.learning.domain.MentoringViews.CoachingView;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A coaching of a project team as its form edits it: the team, its project by number where it has
 * one, the coach, purpose, outcome once known and period.
 */
@Getter
@Setter
public class CoachingForm {

  private String team;
  private String projectId;
  private String coachId;
  private String purpose;
  private String outcome;
  private String startsOn;
  private String endsOn;
  private Long version;

  static CoachingForm of(CoachingView c) {
    CoachingForm f = new CoachingForm();
    f.team = c.team();
    f.projectId = c.projectId() == null ? null : c.projectId().toString();
    f.coachId = Long.toString(c.coachId());
    f.purpose = c.purpose();
    f.outcome = c.outcome();
    f.startsOn = FormInput.text(c.startsOn());
    f.endsOn = FormInput.text(c.endsOn());
    f.version = c.version();
    return f;
  }

  CoachingData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    CoachingData data =
        new CoachingData(
            FormInput.trimmed(team),
            FormInput.id(projectId, "P", "projectId", "Give the project's number.", problems),
            FormInput.id(coachId, "U", "coachId", "Choose the coach from the list.", problems),
            FormInput.trimmed(purpose),
            FormInput.trimmed(outcome),
            FormInput.date(startsOn, "startsOn", problems),
            FormInput.date(endsOn, "endsOn", problems),
            version);
    FormInput.refuseAny(problems);
    return data;
  }
}
