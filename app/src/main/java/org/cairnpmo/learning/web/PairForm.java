package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.domain.MentoringData;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/** A new mentoring pair as its form edits it: the two chosen from the people, dates as typed. */
@Getter
@Setter
public class PairForm {

  private String mentorId;
  private String menteeId;
  private String goals;
  private String startsOn;
  private String endsOn;

  MentoringData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    MentoringData data =
        new MentoringData(
            FormInput.id(mentorId, "U", "mentorId", "Choose the mentor from the list.", problems),
            FormInput.id(menteeId, "U", "menteeId", "Choose the mentee from the list.", problems),
            FormInput.trimmed(goals),
            FormInput.date(startsOn, "startsOn", problems),
            FormInput.date(endsOn, "endsOn", problems),
            null);
    FormInput.refuseAny(problems);
    return data;
  }
}
