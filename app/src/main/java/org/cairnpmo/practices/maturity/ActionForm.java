package org.cairnpmo.practices.maturity;

import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/** The page form that adds an improvement action; fields as typed, read into {@link ActionData}. */
@Getter
@Setter
public class ActionForm {

  private String title;
  private String area;
  private String ownerId;
  private String dueDate;

  ActionData toData(List<FieldProblem> problems) {
    return new ActionData(
        title,
        FormInput.choice(area, MaturityArea.class, null),
        FormInput.id(ownerId, "U", "ownerId", "Choose an owner from the list.", problems),
        FormInput.date(dueDate, "dueDate", problems),
        ActionStatus.PLANNED,
        null);
  }
}
