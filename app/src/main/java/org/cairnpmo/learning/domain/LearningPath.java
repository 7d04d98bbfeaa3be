package org.cairnpmo.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/** A learning path for a role: its steps, in the order they are meant to be taken. */
@Entity
@KeepsHistory("learning-path")
@Table(name = "lrn_path")
@Getter
public class LearningPath extends EditableRecord {

  private String name;
  private String roleName;
  private String description;

  @ElementCollection
  @CollectionTable(name = "lrn_path_step", joinColumns = @JoinColumn(name = "path_id"))
  @OrderColumn(name = "position")
  @Getter(AccessLevel.NONE)
  private List<PathStep> steps = new ArrayList<>();

  protected LearningPath() {}

  static LearningPath define(PathData data, String by, Instant now) {
    LearningPath p = new LearningPath();
    p.stampCreated(by, now);
    p.revise(data, by, now);
    return p;
  }

  void revise(PathData data, String by, Instant now) {
    name = Competency.text("name", data.name(), 200);
    roleName = Competency.text("role", data.role(), 120);
    description = Competency.optionalText("description", data.description(), 2000);
    steps.clear();
    data.steps().forEach(s -> steps.add(PathStep.of(s)));
    stampChanged(by, now);
  }

  public List<PathStep> steps() {
    return List.copyOf(steps);
  }
}
