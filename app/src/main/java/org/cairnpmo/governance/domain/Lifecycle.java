package org.cairnpmo.governance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.PositionalRows;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A lifecycle of the methodology: ordered phases, each ending with a gate. Once a project uses it,
 * it is frozen; a change then means a new revision (a copy), so that every project keeps the
 * lifecycle it was governed by.
 */
@KeepsHistory("lifecycle")
@Entity
@Table(name = "gov_lifecycle")
@Getter
public class Lifecycle extends EditableRecord {

  private String name;
  private String description;
  private int revision;
  private Long previousId;
  private boolean frozen;
  private boolean retired;
  private boolean approvalFirst;

  @OneToMany(mappedBy = "lifecycle", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<LifecyclePhase> phases = new ArrayList<>();

  protected Lifecycle() {}

  public static Lifecycle define(LifecycleData data, String by, Instant now) {
    Lifecycle lifecycle = new Lifecycle();
    lifecycle.revision = 1;
    lifecycle.stampCreated(by, now);
    lifecycle.apply(data, by, now);
    return lifecycle;
  }

  /** Changes the lifecycle, unless a project uses it. */
  public void revise(LifecycleData data, String by, Instant now) {
    if (frozen) {
      throw new BusinessRuleException(
          "lifecycle-frozen",
          "The lifecycle "
              + label()
              + " is used by projects and can no longer be changed. Create a new revision of it"
              + " and change that one.");
    }
    apply(data, by, now);
  }

  /**
   * A copy to change: the next revision, not frozen. This revision is retired, so that new projects
   * get the copy; the projects already on this one keep it.
   */
  public Lifecycle newRevision(String by, Instant now) {
    if (retired) {
      throw new BusinessRuleException(
          "lifecycle-retired",
          "The lifecycle "
              + label()
              + " was already replaced by a newer revision; revise that one instead.");
    }
    Lifecycle copy = new Lifecycle();
    copy.revision = revision + 1;
    copy.previousId = getId();
    copy.stampCreated(by, now);
    copy.apply(toData(), by, now);
    retired = true;
    stampChanged(by, now);
    return copy;
  }

  /** A project now follows this lifecycle: from here on it cannot change. */
  public void freeze() {
    frozen = true;
  }

  private void apply(LifecycleData data, String by, Instant now) {
    validate(data);
    name = data.name().trim();
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : data.description().trim();
    approvalFirst = data.isApprovalFirst();
    PositionalRows.update(
        phases,
        data.phases(),
        LifecyclePhase::apply,
        (position, phase) -> new LifecyclePhase(this, position, phase));
    stampChanged(by, now);
  }

  static void validate(LifecycleData data) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.phases() == null || data.phases().isEmpty()) {
      problems.add(new FieldProblem("phases", "Add at least one phase."));
    } else {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < data.phases().size(); i++) {
        LifecycleData.PhaseData phase = data.phases().get(i);
        if (phase == null) {
          problems.add(new FieldProblem("phases[" + i + "]", "A phase cannot be empty."));
          continue;
        }
        if (phase.name() != null && !names.add(phase.name().trim().toLowerCase(Locale.ROOT))) {
          problems.add(
              new FieldProblem(
                  "phases[" + i + "].name", "Each phase of a lifecycle needs its own name."));
        }
        if (phase.reviewerUserIdsOrEmpty().stream().anyMatch(java.util.Objects::isNull)) {
          problems.add(
              new FieldProblem("phases[" + i + "].reviewerUserIds", "Choose each reviewer."));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public LifecycleData toData() {
    return new LifecycleData(
        name,
        description,
        phases.stream().map(LifecyclePhase::toData).toList(),
        getVersion(),
        approvalFirst);
  }

  public String label() {
    return "'" + name + "' (revision " + revision + ")";
  }

  /** The first gate is the investment decision: a proposal's approval passes it. */
  public List<LifecyclePhase> getPhases() {
    return List.copyOf(phases);
  }
}
