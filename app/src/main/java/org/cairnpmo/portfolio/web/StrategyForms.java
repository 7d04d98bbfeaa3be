package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.WeightingMethod;

/** The strategy forms as the browser sends them; numbers and dates stay text until read. */
final class StrategyForms {

  private StrategyForms() {}

  /** A strategic objective. */
  @Getter
  public static class ObjectiveForm extends EditForm.Named {
    @Setter private Long ownerId;
    @Setter private String target;
    @Setter private String periodFrom;
    @Setter private String periodTo;

    static ObjectiveForm of(ObjectiveData data) {
      ObjectiveForm form = new ObjectiveForm();
      form.name = data.name();
      form.description = data.description();
      form.ownerId = data.ownerId();
      form.target = data.target();
      form.periodFrom = FormInput.text(data.periodFrom());
      form.periodTo = FormInput.text(data.periodTo());
      form.version = data.version();
      return form;
    }

    ObjectiveData toData() {
      List<FieldProblem> problems = new ArrayList<>();
      ObjectiveData data =
          new ObjectiveData(
              name,
              description,
              ownerId,
              target,
              FormInput.date(periodFrom, "periodFrom", problems),
              FormInput.date(periodTo, "periodTo", problems),
              version);
      FormInput.refuseAny(problems);
      return data;
    }
  }

  /** A criteria set with its repeatable criteria rows. */
  public static class CriteriaSetForm extends EditForm.Named {
    @Getter @Setter private String weighting = WeightingMethod.DIRECT.name();
    @Getter @Setter private List<CriterionRow> criteria = new ArrayList<>();

    static CriteriaSetForm blank() {
      CriteriaSetForm form = new CriteriaSetForm();
      form.criteria.addAll(
          List.of(CriterionRow.blank(), CriterionRow.blank(), CriterionRow.blank()));
      return form;
    }

    static CriteriaSetForm of(CriteriaSetData data) {
      CriteriaSetForm form = new CriteriaSetForm();
      form.name = data.name();
      form.description = data.description();
      form.weighting = data.weighting() == null ? null : data.weighting().name();
      for (CriteriaSetData.Criterion c : data.criteriaOrEmpty()) {
        form.criteria.add(
            new CriterionRow(
                c.id(),
                c.name(),
                c.description(),
                String.valueOf(c.scaleMin()),
                String.valueOf(c.scaleMax()),
                FormInput.text(c.weight())));
      }
      form.version = data.version();
      return form;
    }

    void compact() {
      criteria.removeIf(CriterionRow::isBlank);
    }

    CriteriaSetData toData() {
      List<FieldProblem> problems = new ArrayList<>();
      List<CriteriaSetData.Criterion> list = new ArrayList<>();
      for (int i = 0; i < criteria.size(); i++) {
        CriterionRow row = criteria.get(i);
        String at = "criteria[" + i + "].";
        list.add(
            new CriteriaSetData.Criterion(
                row.getId(),
                row.getName(),
                row.getDescription(),
                FormInput.integer(row.getScaleMin(), at + "scaleMin", "A whole number", problems),
                FormInput.integer(row.getScaleMax(), at + "scaleMax", "A whole number", problems),
                FormInput.decimal(row.getWeight(), at + "weight", "A number, e.g. 25", problems)));
      }
      FormInput.refuseAny(problems);
      return new CriteriaSetData(
          name,
          description,
          FormInput.choice(weighting, WeightingMethod.class, WeightingMethod.DIRECT),
          list,
          version);
    }
  }

  /** One criterion row. */
  @Getter
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class CriterionRow {
    @Setter private Long id;
    @Setter private String name;
    @Setter private String description;
    @Setter private String scaleMin;
    @Setter private String scaleMax;
    @Setter private String weight;

    /** A new criterion on a 1–5 scale with weight 1, as the form offers it. */
    static CriterionRow blank() {
      return new CriterionRow(null, null, null, "1", "5", "1");
    }

    boolean isBlank() {
      return id == null && FormInput.blank(name) && FormInput.blank(description);
    }
  }
}
