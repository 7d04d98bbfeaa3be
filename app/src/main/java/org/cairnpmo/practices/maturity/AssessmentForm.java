package org.cairnpmo.practices.maturity;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/** The page form that opens an assessment; fields as typed, read into {@link AssessmentData}. */
@Getter
@Setter
public class AssessmentForm {

  private String name;
  private String questionnaireId;
  private String departmentId;
  private String heldOn;
  private List<String> respondentIds = new ArrayList<>();

  AssessmentData toData(List<FieldProblem> problems) {
    List<Long> respondents = new ArrayList<>();
    for (String id : respondentIds == null ? List.<String>of() : respondentIds) {
      Long value = FormInput.id(id, "U", "respondentIds", "Choose people from the list.", problems);
      if (value != null) {
        respondents.add(value);
      }
    }
    return new AssessmentData(
        name,
        FormInput.id(questionnaireId, "Q", "questionnaireId", "Choose a questionnaire.", problems),
        FormInput.id(departmentId, "D", "departmentId", "Choose a department.", problems),
        FormInput.date(heldOn, "heldOn", problems),
        respondents);
  }
}
