package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.WeightingMethod;

/** The strategy forms as the browser sends them; numbers and dates stay text until read. */
final class StrategyForms {

  private StrategyForms() {}

  /** A strategic objective. */
  public static class ObjectiveForm {
    private String name;
    private String description;
    private Long ownerId;
    private String target;
    private String periodFrom;
    private String periodTo;
    private Long version;

    static ObjectiveForm of(ObjectiveData data) {
      ObjectiveForm form = new ObjectiveForm();
      form.name = data.name();
      form.description = data.description();
      form.ownerId = data.ownerId();
      form.target = data.target();
      form.periodFrom = data.periodFrom() == null ? null : data.periodFrom().toString();
      form.periodTo = data.periodTo() == null ? null : data.periodTo().toString();
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
              PageSupport.date(periodFrom, "periodFrom", problems),
              PageSupport.date(periodTo, "periodTo", problems),
              version);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return data;
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

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  /** A criteria set with its repeatable criteria rows. */
  public static class CriteriaSetForm {
    private String name;
    private String description;
    private String weighting = WeightingMethod.DIRECT.name();
    private List<CriterionRow> criteria = new ArrayList<>();
    private Long version;

    static CriteriaSetForm blank() {
      CriteriaSetForm form = new CriteriaSetForm();
      form.criteria.add(new CriterionRow(null, null, null, "1", "5", "1"));
      form.criteria.add(new CriterionRow(null, null, null, "1", "5", "1"));
      form.criteria.add(new CriterionRow(null, null, null, "1", "5", "1"));
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
                PageSupport.text(c.weight())));
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
                PageSupport.integer(row.getScaleMin(), at + "scaleMin", "A whole number", problems),
                PageSupport.integer(row.getScaleMax(), at + "scaleMax", "A whole number", problems),
                PageSupport.decimal(
                    row.getWeight(), at + "weight", "A number, e.g. 25", problems)));
      }
      WeightingMethod method;
      try {
        method =
            PageSupport.blank(weighting)
                ? WeightingMethod.DIRECT
                : WeightingMethod.valueOf(weighting);
      } catch (IllegalArgumentException e) {
        method = WeightingMethod.DIRECT;
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return new CriteriaSetData(name, description, method, list, version);
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

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
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
      return id == null && PageSupport.blank(name) && PageSupport.blank(description);
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
