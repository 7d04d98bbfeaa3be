package org.cairnpmo.organization.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.organization.DepartmentRenamed;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.history.KeepsHistory;

/** An organization unit. Departments are deactivated, never deleted: projects refer to them. */
@Entity
@KeepsHistory("department")
@Table(name = "department")
public class Department extends AggregateRoot<Department> {

  @Getter private String code;
  @Getter private String name;
  private String description;
  private boolean active = true;
  @Getter private Long parentId;
  private Instant createdAt;

  @Version private long version;

  protected Department() {}

  public Department(String code, String name, String description, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.description = description;
    this.createdAt = createdAt;
  }

  /** Changes the department; a new name is the event {@link DepartmentRenamed}. */
  void rename(String code, String name, String description, boolean active) {
    if (isSaved() && !name.equals(this.name)) {
      registerEvent(new DepartmentRenamed(getId(), name));
    }
    this.code = code;
    this.name = name;
    this.description = description;
    this.active = active;
  }

  /** Places the department under {@code parent} (null: at the top). */
  void placeUnder(Long parent) {
    this.parentId = parent;
  }

  public DepartmentSummary toSummary() {
    return new DepartmentSummary(getId(), code, name, description, active, version, parentId);
  }

  public long getVersion() {
    return version;
  }
}
