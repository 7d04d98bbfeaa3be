package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** A group of competencies, e.g. the Talent Triangle's "Power skills"; listed by position. */
@Entity
@Table(name = "lrn_competency_area")
@Getter
public class CompetencyArea extends GeneratedId {

  private String name;
  private int position;

  protected CompetencyArea() {}

  static CompetencyArea of(String name, int position) {
    CompetencyArea area = new CompetencyArea();
    area.name = Competency.text("name", name, 120);
    area.position = position;
    return area;
  }
}
