package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
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
  public static class ObjectiveForm extends EditForm.Named {
    private Long ownerId;
    private String target;
    private String periodFrom;
    private String periodTo;

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

    public Long getOwnerId() {
      return ownerId;
    }

    public void setOwnerId(Long ownerId) {
      this.ownerId = ownerId;
    }

    public String getTarget() {
      return target;
    }

    public void setTarget(String target) {
      this.target = target;
    }

    public String getPeriodFrom() {
      return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
      this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
      return periodTo;
    }

    public void setPeriodTo(String periodTo) {
      this.periodTo = periodTo;
    }
  }

  /** A criteria set with its repeatable criteria rows. */
  public static class CriteriaSetForm extends EditForm.Named {
    private String weighting = WeightingMethod.DIRECT.name();
    private List<CriterionRow> criteria = new ArrayList<>();

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

    public String getWeighting() {
      return weighting;
    }

    public void setWeighting(String weighting) {
      this.weighting = weighting;
    }

    public List<CriterionRow> getCriteria() {
      return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
      this.criteria = criteria;
    }
  }

  /** One criterion row. */
  public static class CriterionRow {
    private Long id;
    private String name;
    private String description;
    private String scaleMin;
    private String scaleMax;
    private String weight;

    public CriterionRow() {}

    /** A new criterion on a 1–5 scale with weight 1, as the form offers it. */
    static CriterionRow blank() {
      return new CriterionRow(null, null, null, "1", "5", "1");
    }

    CriterionRow(
        Long id, String name, String description, String scaleMin, String scaleMax, String weight) {
      this.id = id;
      this.name = name;
      this.description = description;
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
      this.weight = weight;
    }

    boolean isBlank() {
      return id == null && FormInput.blank(name) && FormInput.blank(description);
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getScaleMin() {
      return scaleMin;
    }

    public void setScaleMin(String scaleMin) {
      this.scaleMin = scaleMin;
    }

    public String getScaleMax() {
      return scaleMax;
    }

    public void setScaleMax(String scaleMax) {
      this.scaleMax = scaleMax;
    }

    public String getWeight() {
      return weight;
    }

    public void setWeight(String weight) {
      this.weight = weight;
    }
  }
}
