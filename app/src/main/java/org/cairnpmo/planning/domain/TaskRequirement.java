package org.cairnpmo.planning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.platform.GeneratedId;

/** What a task needs of a resource of its plan while it runs, in units (1 = one full-time). */
@Entity
@Table(name = "pln_requirement")
@Getter
public class TaskRequirement extends GeneratedId {

  private long planId;
  private long taskId;
  private long resourceId;
  private BigDecimal units;

  protected TaskRequirement() {}

  static TaskRequirement of(long planId, long taskId, long resourceId, BigDecimal units) {
    TaskRequirement requirement = new TaskRequirement();
    requirement.planId = planId;
    requirement.write(taskId, resourceId, units);
    return requirement;
  }

  void write(long newTaskId, long newResourceId, BigDecimal newUnits) {
    taskId = newTaskId;
    resourceId = newResourceId;
    units = newUnits;
  }

  public RequirementView view(String resourceName, long planVersion) {
    return new RequirementView(getId(), taskId, resourceId, resourceName, units, planVersion);
  }
}
