package org.cairnpmo.resources.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/**
 * A project's RACI matrix, saved as a whole: every change replaces the columns and rows checked by
 * {@link RaciRules}, so the version guards every cell.
 */
@KeepsHistory("raci-matrix")
@Entity
@Table(name = "res_raci")
@Getter
public class RaciMatrix extends AggregateRoot<RaciMatrix> {

  private long projectId;

  @ElementCollection
  @CollectionTable(name = "res_raci_column", joinColumns = @JoinColumn(name = "raci_id"))
  @OrderColumn(name = "position")
  private List<RaciColumnEntry> columns = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "res_raci_row", joinColumns = @JoinColumn(name = "raci_id"))
  @OrderColumn(name = "position")
  private List<RaciRowEntry> rows = new ArrayList<>();

  @NotInHistory private Instant updatedAt;
  @NotInHistory private String updatedBy;

  @Version private long version;

  protected RaciMatrix() {}

  RaciMatrix(long projectId) {
    this.projectId = projectId;
  }

  void replace(RaciRules.Checked checked, Instant at, String by) {
    columns.clear();
    columns.addAll(checked.columns());
    rows.clear();
    rows.addAll(checked.rows());
    this.updatedAt = at;
    this.updatedBy = by;
  }
}
