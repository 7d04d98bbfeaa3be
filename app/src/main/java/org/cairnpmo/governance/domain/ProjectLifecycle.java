package org.cairnpmo.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.governance.GateDecided;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.governance.ProjectKilledAtGate;
import org.cairnpmo.governance.ProjectPlacedOnLifecycle;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A project on a lifecycle: its phases (each with the gate at its end, copied from the lifecycle
 * when the project was placed on it) and the phase it is in. The project leaves a phase only
 * through a recorded GO or GO_WITH_CONDITIONS at that phase's gate ({@link Gate#decide}), or, for a
 * project brought in mid-way, through a passage on record made when it was placed.
 *
 * <p>Its state changes are its events: placed on the lifecycle, a gate decided, killed at a gate.
 * They are registered here and go out when the aggregate is saved; each is built only then, so that
 * it carries the ids the database gave to a review recorded in the same change.
 */
@KeepsHistory("project-lifecycle")
@Entity
@Table(name = "gov_project_lifecycle")
@Getter
public class ProjectLifecycle extends GeneratedId implements LastChanged {

  private long projectId;
  private long lifecycleId;
  private Long tierId;

  @Enumerated(EnumType.STRING)
  private RiskLevel riskLevel;

  @Enumerated(EnumType.STRING)
  private LifecycleStatus status;

  @Column(name = "current_phase")
  @Getter(AccessLevel.NONE)
  private int currentPosition;

  @OneToMany(mappedBy = "projectLifecycle", cascade = CascadeType.ALL)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<Gate> gates = new ArrayList<>();

  @Version private long version;
  private Instant placedAt;
  private String placedBy;
  @Embedded private LastChange lastChange;

  @Transient private final List<Supplier<Object>> events = new ArrayList<>();

  protected ProjectLifecycle() {}

  /** Where a project starts on its lifecycle, and how the gates it has already passed are noted. */
  public record Start(int phase, String passageNote) {

    public static final String BEFORE_CAIRN = "Passed before Cairn";

    /** The first phase: nothing passed yet. */
    public static Start first() {
      return new Start(0, null);
    }
  }

  /**
   * Puts a project on a lifecycle at the phase it is in: the first, or, for a project already under
   * way, a later one whose earlier gates are then passed on record (with {@code
   * start.passageNote()}, who recorded it and when, but no review, decision date or board).
   */
  public static ProjectLifecycle place(
      long projectId,
      Lifecycle lifecycle,
      Long tierId,
      RiskLevel risk,
      Start start,
      String by,
      Instant now) {
    if (lifecycle.getPhases().isEmpty()) {
      throw new BusinessRuleException(
          "lifecycle-empty", "The lifecycle " + lifecycle.label() + " has no phases.");
    }
    int phases = lifecycle.getPhases().size();
    if (start.phase() < 0 || start.phase() >= phases) {
      throw InvalidInputException.of(
          "currentPhase",
          "The lifecycle "
              + lifecycle.label()
              + " has "
              + phases
              + " phases, numbered from 0 to "
              + (phases - 1)
              + ".");
    }
    ProjectLifecycle placed = new ProjectLifecycle();
    placed.projectId = projectId;
    placed.lifecycleId = lifecycle.getId() == null ? 0 : lifecycle.getId();
    placed.tierId = tierId;
    placed.riskLevel = risk;
    placed.status = LifecycleStatus.ACTIVE;
    placed.currentPosition = start.phase();
    placed.placedAt = now;
    placed.placedBy = by;
    placed.lastChange = LastChange.by(by, now);
    for (LifecyclePhase phase : lifecycle.getPhases()) {
      placed.gates.add(new Gate(placed, placed.gates.size(), phase));
    }
    for (Gate passed : placed.gates.subList(0, start.phase())) {
      passed.passOnRecord(
          start.passageNote() == null ? Start.BEFORE_CAIRN : start.passageNote(), by, now);
    }
    placed.gates.get(start.phase()).open();
    long lifecycleId = placed.lifecycleId;
    placed.events.add(() -> new ProjectPlacedOnLifecycle(projectId, lifecycleId));
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

  /**
   * Applies a recorded decision of the current gate to the project's place in the lifecycle, and
   * registers it as an event (and a KILL as the project's end, for the register to cancel it).
   */
  void decided(Gate gate, GateReview review, String by, Instant now) {
    GateDecision decision = review.getDecision();
    events.add(
        () ->
            new GateDecided(
                projectId,
                gate.getId(),
                review.getId(),
                gate.getPhaseName(),
                gate.getGateName(),
                decision,
                by,
                now));
    if (decision == GateDecision.KILL) {
      events.add(
          () ->
              new ProjectKilledAtGate(
                  projectId,
                  gate.getId(),
                  review.getId(),
                  gate.getGateName(),
                  abbreviate(review.getRationale(), 500),
                  by,
                  now));
    }
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

  @DomainEvents
  List<Object> domainEvents() {
    return events.stream().map(Supplier::get).toList();
  }

  @AfterDomainEventPublication
  void clearDomainEvents() {
    events.clear();
  }

  private static String abbreviate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Every change inside the aggregate moves its version, so that stale edits are detected. */
  void touch(String by, Instant now) {
    lastChange = LastChange.by(by, now);
  }

  /** The phase the project is in (from 0); after the lifecycle ended, the last phase reached. */
  public List<Gate> getGates() {
    return List.copyOf(gates);
  }

  public long getVersion() {
    return version;
  }

  static boolean isOpenForWork(GateStatus status) {
    return status == GateStatus.OPEN || status == GateStatus.ON_HOLD;
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }

  /**
   * A project's place on its lifecycle as an archive bundle recorded it, without the events of a
   * placement: nothing happens now, the past is only written down again. The gates are added with
   * {@link #importedGate}.
   */
  static ProjectLifecycle imported(
      long projectId,
      long lifecycleId,
      Long tierId,
      RiskLevel risk,
      LifecycleStatus status,
      int currentPosition,
      String placedBy,
      Instant placedAt) {
    ProjectLifecycle placed = new ProjectLifecycle();
    placed.projectId = projectId;
    placed.lifecycleId = lifecycleId;
    placed.tierId = tierId;
    placed.riskLevel = risk;
    placed.status = status;
    placed.currentPosition = currentPosition;
    placed.placedAt = placedAt;
    placed.placedBy = placedBy;
    placed.lastChange = LastChange.by(placedBy, placedAt);
    return placed;
  }

  /** Adds the next gate of an imported placement, as the bundle recorded it. */
  Gate importedGate(String phaseName, String phaseDescription, String gateName, GateStatus status) {
    Gate gate = new Gate(this, gates.size(), phaseName, phaseDescription, gateName, status);
    gates.add(gate);
    return gate;
  }

  /** The position of the phase the project is in, as stored (for the archive bundle). */
  int currentPosition() {
    return currentPosition;
  }
}
