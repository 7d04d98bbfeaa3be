package org.cairnpmo.practices.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.PositionalRows;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * One version of a method of the library: per phase of its lifecycle, the deliverables expected, a
 * checklist and guidance; drafts, publication and lineage as every {@link LibraryVersion}.
 */
@Entity
@KeepsHistory("method")
@Table(name = "prc_method")
@Getter
public class Method extends LibraryVersion {

  private long lifecycleId;

  @ElementCollection
  @CollectionTable(name = "prc_method_tier", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "tier_id")
  @Getter(AccessLevel.NONE)
  private Set<Long> tierIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "method", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<MethodPhase> phases = new ArrayList<>();

  protected Method() {}

  /**
   * A first draft. {@code data}'s phases are complete and in the lifecycle's order (the service
   * checks them against the lifecycle).
   */
  static Method draft(MethodData data, String by, Instant now) {
    Method method = new Method();
    method.startDraft(by, now);
    method.apply(data, by, now);
    return method;
  }

  /** Changes a draft; a published or retired version is frozen. */
  void revise(MethodData data, String by, Instant now) {
    requireDraft();
    apply(data, by, now);
  }

  /** A draft copy of this published version, to change: the next revision. */
  Method newVersion(String by, Instant now) {
    Method copy = new Method();
    copy.startDraftAfter(this, by, now);
    copy.apply(toData(), by, now);
    return copy;
  }

  @Override
  protected String noun() {
    return "method";
  }

  private void apply(MethodData data, String by, Instant now) {
    lifecycleId = data.lifecycleId();
    tierIds.clear();
    tierIds.addAll(data.tierIdsOrEmpty());
    PositionalRows.update(
        phases,
        data.phasesOrEmpty(),
        MethodPhase::apply,
        (position, phase) -> new MethodPhase(this, position, phase));
    describe(data.name().trim(), Deliverable.blankToNull(data.description()), by, now);
  }

  public MethodData toData() {
    return new MethodData(
        getName(),
        getDescription(),
        lifecycleId,
        List.copyOf(tierIds),
        phases.stream().map(MethodPhase::toData).toList(),
        getVersion());
  }

  public List<MethodPhase> getPhases() {
    return List.copyOf(phases);
  }

  public Set<Long> getTierIds() {
    return Set.copyOf(tierIds);
  }
}
