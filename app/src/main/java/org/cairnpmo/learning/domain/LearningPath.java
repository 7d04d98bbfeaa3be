package org.cairnpmo.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/** A learning path for a role: its steps, in the order they are meant to be taken. */
@Entity
@KeepsHistory("learning-path")
@Table(name = "lrn_path")
@Getter
public class LearningPath extends GeneratedId implements Audited {

  private String name;
  private String roleName;
  private String description;

  @ElementCollection
  @CollectionTable(name = "lrn_path_step", joinColumns = @JoinColumn(name = "path_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<PathStep> steps = new ArrayList<>();

  @Version private long version;
  @Embedded private AuditStamp audit;

  protected LearningPath() {}

  static LearningPath define(PathData data, String by, Instant now) {
    LearningPath p = new LearningPath();
    p.audit = AuditStamp.created(by, now);
    p.revise(data, by, now);
    return p;
  }

  void revise(PathData data, String by, Instant now) {
    name = Competency.text("name", data.name(), 200);
    roleName = Competency.text("role", data.role(), 120);
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : Competency.text("description", data.description(), 2000);
    steps.clear();
    data.steps().forEach(s -> steps.add(PathStep.of(s)));
    audit.touch(by, now);
  }

  public List<PathStep> steps() {
    return List.copyOf(steps);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
