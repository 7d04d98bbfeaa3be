package org.cairnpmo.practices.kpis;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;

/** A KPI definition as its form edits it: the thresholds as typed. */
@Getter
@Setter
public class KpiForm extends EditForm.Named {

  private String measure;
  private String unit;
  private String direction;
  private String green;
  private String red;

  static KpiForm of(KpiData data) {
    KpiForm form = new KpiForm();
    form.name = data.name();
    form.description = data.description();
    form.measure = data.measure() == null ? null : data.measure().name();
    form.unit = data.unit();
    form.direction = data.direction() == null ? null : data.direction().name();
    form.green = data.green() == null ? null : data.green().stripTrailingZeros().toPlainString();
    form.red = data.red() == null ? null : data.red().stripTrailingZeros().toPlainString();
    form.version = data.version();
    return form;
  }

  /** The data; a threshold that is not a number is refused next to its field. */
  KpiData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    var g = FormInput.decimal(green, "green", "Enter a number, for example 0.95.", problems);
    var r = FormInput.decimal(red, "red", "Enter a number, for example 0.85.", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new KpiData(
        name,
        description,
        FormInput.choice(measure, KpiMeasure.class, null),
        unit,
        FormInput.choice(direction, KpiDirection.class, null),
        g,
        r,
        version);
  }
}
