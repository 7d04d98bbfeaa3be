package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.domain.PathData;
import org.cairnpmo.learning.domain.PathStep;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A learning path as its form edits it: name, role, description and rows of steps in order, each
 * with what its kind needs. A row without a kind is left out, so the form offers spare rows.
 */
@Getter
@Setter
public class PathForm {

  /** The rows a new path's form offers. */
  static final int ROWS = 6;

  private String name;
  private String role;
  private String description;
  private List<StepRow> steps = new ArrayList<>();

  /** One step as typed; which fields count depends on its kind. */
  @Getter
  @Setter
  public static class StepRow {
    private String kind;
    private String label;
    private String courseId;
    private String certification;
    private String competencyId;
    private String level;
    private String tierLevel;
    private String gates;
  }

  PathForm withRows() {
    while (steps.size() < ROWS) {
      steps.add(new StepRow());
    }
    return this;
  }

  PathData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    List<PathData.Step> written = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StepRow r = steps.get(i);
      if (r == null || FormInput.blank(r.kind)) {
        continue;
      }
      String at = "steps[" + i + "].";
      PathStep.Kind kind = FormInput.choice(r.kind.strip(), PathStep.Kind.class, null);
      if (kind == null) {
        problems.add(new FieldProblem(at + "kind", "Choose the kind of step from the list."));
        continue;
      }
      CertificationKind scheme = null;
      if (!FormInput.blank(r.certification)) {
        scheme = FormInput.choice(r.certification.strip(), CertificationKind.class, null);
        if (scheme == null) {
          problems.add(new FieldProblem(at + "certification", "Choose a scheme from the list."));
        }
      }
      written.add(
          new PathData.Step(
              kind,
              FormInput.trimmed(r.label),
              kind == PathStep.Kind.COURSE
                  ? FormInput.id(r.courseId, "C", at + "courseId", "Choose a course.", problems)
                  : null,
              kind == PathStep.Kind.CERTIFICATION ? scheme : null,
              kind == PathStep.Kind.COMPETENCY
                  ? FormInput.id(
                      r.competencyId, "C", at + "competencyId", "Choose a competency.", problems)
                  : null,
              kind == PathStep.Kind.COMPETENCY ? number(r.level, at + "level", problems) : null,
              kind == PathStep.Kind.MANAGED_PROJECT
                  ? number(r.tierLevel, at + "tierLevel", problems)
                  : null,
              kind == PathStep.Kind.MANAGED_PROJECT
                  ? number(r.gates, at + "gates", problems)
                  : null));
    }
    FormInput.refuseAny(problems);
    return new PathData(
        FormInput.trimmed(name),
        FormInput.trimmed(role),
        FormInput.trimmed(description),
        written,
        null);
  }

  private static Integer number(String value, String field, List<FieldProblem> problems) {
    return FormInput.integer(value, field, "Enter a whole number.", problems);
  }
}
