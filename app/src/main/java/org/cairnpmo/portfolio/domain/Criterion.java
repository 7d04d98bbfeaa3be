package org.cairnpmo.portfolio.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One criterion of a {@link CriteriaSet}, with the scale it is rated on. */
@Entity
@Table(name = "criterion")
@Getter
public class Criterion extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criteria_set_id")
  @Getter(AccessLevel.NONE)
  private CriteriaSet criteriaSet;

  private int position;
  private String name;
  private String description;
  private int scaleMin;
  private int scaleMax;
  private BigDecimal directWeight;

  protected Criterion() {}

  Criterion(CriteriaSet criteriaSet, int position, CriteriaSetData.Criterion data) {
    this.criteriaSet = criteriaSet;
    update(position, data);
  }

  void update(int position, CriteriaSetData.Criterion data) {
    this.position = position;
    this.name = data.name().trim();
    this.description = Texts.blankToNull(data.description());
    this.scaleMin = data.scaleMin();
    this.scaleMax = data.scaleMax();
    this.directWeight = data.weight();
  }

  CriteriaSetData.Criterion toData() {
    return new CriteriaSetData.Criterion(
        getId(), name, description, scaleMin, scaleMax, directWeight);
  }
}
