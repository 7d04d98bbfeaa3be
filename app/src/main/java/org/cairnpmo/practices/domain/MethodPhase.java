package org.cairnpmo.practices.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** What a method says about one phase of its lifecycle. */
@Entity
@Table(name = "prc_method_phase")
@Getter
public class MethodPhase extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "method_id")
  @Getter(AccessLevel.NONE)
  private Method method;

  @Column(name = "sort_order")
  private int position;

  private String phaseName;
  private String guidance;

  @ElementCollection
  @CollectionTable(name = "prc_phase_deliverable", joinColumns = @JoinColumn(name = "phase_id"))
  @OrderColumn(name = "sort_order")
  @Getter(AccessLevel.NONE)
  private List<Deliverable> deliverables = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "prc_phase_check", joinColumns = @JoinColumn(name = "phase_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "label")
  @Getter(AccessLevel.NONE)
  private List<String> checklist = new ArrayList<>();

  protected MethodPhase() {}

  MethodPhase(Method method, int position, MethodData.PhaseData data) {
    this.method = method;
    this.position = position;
    apply(data);
  }

  void apply(MethodData.PhaseData data) {
    phaseName = data.phase().trim();
    guidance = Deliverable.blankToNull(data.guidance());
    checklist.clear();
    data.checklistOrEmpty().stream().map(String::trim).forEach(checklist::add);
    deliverables.clear();
    data.deliverablesOrEmpty().stream().map(Deliverable::new).forEach(deliverables::add);
  }

  MethodData.PhaseData toData() {
    return new MethodData.PhaseData(
        phaseName,
        guidance,
        List.copyOf(checklist),
        deliverables.stream().map(Deliverable::toData).toList());
  }

  public List<Deliverable> getDeliverables() {
    return List.copyOf(deliverables);
  }

  public List<String> getChecklist() {
    return List.copyOf(checklist);
  }
}
