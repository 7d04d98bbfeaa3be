package org.cairnpmo.control.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.control.DependencyDirection;
import org.cairnpmo.control.DependencyStatus;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A dependency between this project and another one: which way, what, and by when. */
@Entity
@KeepsHistory("dependency")
@Indexed(index = "raid_dependency")
@SearchRecordMapping(derivedFrom = {"description"})
@Table(name = "ctl_dependency")
@Getter
public class Dependency extends RaidItem {

  @Enumerated(EnumType.STRING)
  private DependencyDirection direction;

  private long otherProjectId;
  private String description;
  private LocalDate needBy;

  @Enumerated(EnumType.STRING)
  private DependencyStatus status;

  protected Dependency() {}

  private Dependency(long projectId, Long ownerId, String by, Instant now) {
    super(projectId, ownerId, by, now);
  }

  public static Dependency log(
      long projectId, DependencyData data, Long ownerId, String by, Instant now) {
    Dependency d = new Dependency(projectId, ownerId, by, now);
    d.status = DependencyStatus.OPEN;
    d.write(data);
    return d;
  }

  public void revise(DependencyData data, Long ownerId, String by, Instant now) {
    write(data);
    revised(ownerId, by, now);
  }

  private void write(DependencyData data) {
    if (data.otherProjectId() == getProjectId()) {
      throw InvalidInputException.of(
          "otherProjectId", "A project cannot depend on itself; choose another project.");
    }
    direction = data.direction();
    otherProjectId = data.otherProjectId();
    description = data.description().strip();
    needBy = data.needBy();
    if (data.status() != null) {
      status = data.status();
    }
  }

  public boolean isOverdue(LocalDate today) {
    return status == DependencyStatus.OPEN && needBy != null && needBy.isBefore(today);
  }

  @Override
  public RaidKind kind() {
    return RaidKind.DEPENDENCY;
  }

  @Override
  public String headline() {
    return shortened(description);
  }

  @Override
  public boolean isSettled() {
    return status != DependencyStatus.OPEN;
  }

  @Override
  protected String searchText() {
    return description;
  }
}
