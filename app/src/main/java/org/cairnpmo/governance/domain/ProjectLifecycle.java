package org.cairnpmo.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.NotFoundException;

/**
 * A project on a lifecycle: its phases (each with the gate at its end, copied from the lifecycle
 * when the project was placed on it) and the phase it is in. The project leaves a phase only
 * through a recorded GO or GO_WITH_CONDITIONS at that phase's gate ({@link Gate#decide}).
 */
@Entity
@Table(name = "gov_project_lifecycle")
public class ProjectLifecycle implements LastChanged {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long projectId;
  private long lifecycleId;
  private Long tierId;

  @Enumerated(EnumType.STRING)
  private RiskLevel riskLevel;

  @Enumerated(EnumType.STRING)
  private LifecycleStatus status;

  @Column(name = "current_phase")
  private int currentPosition;

  @OneToMany(mappedBy = "projectLifecycle", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<Gate> gates = new ArrayList<>();

  @Version private long version;
  private Instant placedAt;
  private String placedBy;
  @Embedded private LastChange lastChange;

  protected ProjectLifecycle() {}

  /** Puts a project on the first phase of a lifecycle. */
  public static ProjectLifecycle place(
      long projectId, Lifecycle lifecycle, Long tierId, RiskLevel risk, String by, Instant now) {
    if (lifecycle.getPhases().isEmpty()) {
      throw new BusinessRuleException(
          "lifecycle-empty", "The lifecycle " + lifecycle.label() + " has no phases.");
    }
    ProjectLifecycle placed = new ProjectLifecycle();
    placed.projectId = projectId;
    placed.lifecycleId = lifecycle.getId() == null ? 0 : lifecycle.getId();
    placed.tierId = tierId;
    placed.riskLevel = risk;
    placed.status = LifecycleStatus.ACTIVE;
    placed.currentPosition = 0;
    placed.placedAt = now;
    placed.placedBy = by;
    placed.lastChange = LastChange.by(by, now);
    for (LifecyclePhase phase : lifecycle.getPhases()) {
      placed.gates.add(new Gate(placed, placed.gates.size(), phase));
    }
    placed.gates.get(0).open();
    return placed;
  }

  /** The gate of the phase the project is in; empty once the lifecycle has ended. */
  public Optional<Gate> currentGate() {
    return status == LifecycleStatus.ACTIVE
        ? Optional.of(gates.get(currentPosition))
        : Optional.empty();
  }

  public Gate gate(long gateId) {
    return gates.stream()
        .filter(g -> g.getId() != null && g.getId() == gateId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Gate", gateId));
  }

  boolean isCurrent(Gate gate) {
    return status == LifecycleStatus.ACTIVE && gates.get(currentPosition) == gate;
  }

  void requireActive() {
    if (status != LifecycleStatus.ACTIVE) {
      throw new BusinessRuleException(
          "lifecycle-ended",
          status == LifecycleStatus.KILLED
              ? "The project was killed at a gate; its lifecycle has ended."
              : "The project has passed its last gate; its lifecycle is complete.");
    }
  }

  /** Applies a recorded decision of the current gate to the project's place in the lifecycle. */
  void decided(Gate gate, GateDecision decision, String by, Instant now) {
    switch (decision) {
      case GO, GO_WITH_CONDITIONS -> {
        if (currentPosition == gates.size() - 1) {
          status = LifecycleStatus.COMPLETED;
        } else {
          currentPosition++;
          gates.get(currentPosition).open();
        }
      }
      case KILL -> status = LifecycleStatus.KILLED;
      case HOLD, RECYCLE -> {
        // the project stays in this phase: waiting at the gate, or back at work on it
      }
    }
    touch(by, now);
  }

  /** Every change inside the aggregate moves its version, so that stale edits are detected. */
  void touch(String by, Instant now) {
    lastChange = LastChange.by(by, now);
  }

  public Long getId() {
    return id;
  }

  public long getProjectId() {
    return projectId;
  }

  public long getLifecycleId() {
    return lifecycleId;
  }

  public Long getTierId() {
    return tierId;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public LifecycleStatus getStatus() {
    return status;
  }

  /** The phase the project is in (from 0); after the lifecycle ended, the last phase reached. */
  public int getCurrentPosition() {
    return currentPosition;
  }

  public List<Gate> getGates() {
    return List.copyOf(gates);
  }

  public long getVersion() {
    return version;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  static boolean isOpenForWork(GateStatus status) {
    return status == GateStatus.OPEN || status == GateStatus.ON_HOLD;
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }
}
