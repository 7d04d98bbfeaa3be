package org.cairnpmo.planning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.BaselineView;
import org.cairnpmo.platform.GeneratedId;

/**
 * A named baseline of a plan, numbered 0 to 10 as in MS Project: each task's dates, duration, work
 * and cost as they were when it was saved. Saving the same number again replaces it.
 */
@Entity
@Table(name = "pln_baseline")
public class Baseline extends GeneratedId {

  @Getter private long planId;
  @Getter private int number;
  private String name;

  @Column(name = "created_at")
  private Instant savedAt;

  @Column(name = "created_by")
  private String savedBy;

  @ElementCollection
  @CollectionTable(name = "pln_baseline_task", joinColumns = @JoinColumn(name = "baseline_id"))
  private List<BaselineSnapshot> tasks = new ArrayList<>();

  protected Baseline() {}

  static Baseline save(
      long planId, int number, String name, List<BaselineSnapshot> tasks, String by, Instant now) {
    Baseline baseline = new Baseline();
    baseline.planId = planId;
    baseline.number = number;
    baseline.name = name;
    baseline.tasks.addAll(tasks);
    baseline.savedBy = by;
    baseline.savedAt = now;
    return baseline;
  }

  /** Who saved the baseline and when, as a bundle it is imported from says. */
  void restoredFrom(String by, Instant at) {
    this.savedBy = by;
    if (at != null) {
      this.savedAt = at;
    }
  }

  public BaselineView view() {
    return new BaselineView(getId(), number, name, savedAt, savedBy, tasks.size());
  }

  public List<BaselineTask> tasks() {
    return tasks.stream().map(BaselineSnapshot::view).toList();
  }
}
