package org.cairnpmo.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.platform.GeneratedId;

/**
 * A resource of one plan's own list: a person, a role or a type of equipment, how many units of it
 * there are, what an hour of it costs. The resources module takes these over when it comes.
 */
@Entity
@Table(name = "pln_resource")
@Getter
public class PlanResource extends GeneratedId {

  private long planId;
  private String name;

  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private ResourceKind kind;

  private BigDecimal maxUnits;

  @Getter(AccessLevel.NONE)
  private Long userId;

  private BigDecimal costRate;
  private Long calendarId;

  protected PlanResource() {}

  static PlanResource of(long planId, ResourceData data) {
    PlanResource resource = new PlanResource();
    resource.planId = planId;
    resource.write(data);
    return resource;
  }

  void write(ResourceData data) {
    name = data.name().strip();
    kind = data.kind();
    maxUnits = data.maxUnits();
    userId = data.userId();
    costRate = data.costRate();
    calendarId = data.calendarId();
  }

  public ResourceView view(long planVersion) {
    return new ResourceView(
        getId(), name, kind, maxUnits, userId, costRate, calendarId, planVersion);
  }
}
