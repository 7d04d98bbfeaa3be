package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.domain.CompetencyData;
import org.cairnpmo.learning.domain.CompetencyViews.CompetencyView;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/** A competency as its form edits it: the area chosen, the five level descriptors one per field. */
@Getter
@Setter
public class CompetencyForm {

  private String areaId;
  private String name;
  private String description;
  private List<String> levels = new ArrayList<>(List.of("", "", "", "", ""));
  private Long version;

  static CompetencyForm of(CompetencyView c) {
    CompetencyForm f = new CompetencyForm();
    f.areaId = Long.toString(c.areaId());
    f.name = c.name();
    f.description = c.description();
    f.levels = new ArrayList<>(c.levels());
    f.version = c.version();
    return f;
  }

  CompetencyData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    Long area = FormInput.id(areaId, "A", "areaId", "Choose the area from the list.", problems);
    FormInput.refuseAny(problems);
    List<String> texts =
        levels == null ? List.of() : levels.stream().map(FormInput::trimmed).toList();
    return new CompetencyData(
        area,
        FormInput.trimmed(name),
        FormInput.trimmed(description),
        texts.contains(null) ? null : texts,
        version);
  }
}
