package org.cairnpmo.governance.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;

/**
 * A lifecycle as its form edits it: criteria and deliverables one per line in a text area, so that
 * the form works without JavaScript; phases are added and removed by submitting the form.
 */
public class LifecycleForm extends EditForm.Named {

  @Getter @Setter private List<Phase> phases = new ArrayList<>();
  @Getter @Setter private boolean approvalFirst;

  static LifecycleForm blank() {
    LifecycleForm form = new LifecycleForm();
    for (String[] p :
        new String[][] {
          {"Initiation", "Business case approval"},
          {"Planning", "Plan approval"},
          {"Execution", "Delivery acceptance"},
          {"Closure", "Closure review"}
        }) {
      Phase phase = new Phase();
      phase.setName(p[0]);
      phase.setGateName(p[1]);
      phase.setReviewerRoles(EnumSet.of(Role.EXECUTIVE));
      form.phases.add(phase);
    }
    return form;
  }

  static LifecycleForm of(LifecycleData data) {
    LifecycleForm form = new LifecycleForm();
    form.name = data.name();
    form.description = data.description();
    form.approvalFirst = data.isApprovalFirst();
    form.version = data.version();
    for (LifecycleData.PhaseData p : data.phases()) {
      Phase phase = new Phase();
      phase.setName(p.name());
      phase.setDescription(p.description());
      phase.setGateName(p.gateName());
      phase.setCriteria(String.join("\n", p.criteriaOrEmpty()));
      phase.setDeliverables(String.join("\n", p.deliverablesOrEmpty()));
      phase.setReviewerUserIds(new ArrayList<>(p.reviewerUserIdsOrEmpty()));
      phase.setReviewerRoles(
          p.reviewerRolesOrEmpty().isEmpty()
              ? EnumSet.noneOf(Role.class)
              : EnumSet.copyOf(p.reviewerRolesOrEmpty()));
      form.phases.add(phase);
    }
    return form;
  }

  LifecycleData toData() {
    return new LifecycleData(
        name, description, phases.stream().map(Phase::toData).toList(), version, approvalFirst);
  }

  void addPhase() {
    phases.add(new Phase());
  }

  void removePhase(int index) {
    if (index >= 0 && index < phases.size()) {
      phases.remove(index);
    }
  }

  /** One phase and its gate. */
  @Getter
  public static class Phase {
    @Setter private String name;
    @Setter private String description;
    @Setter private String gateName;
    @Setter private String criteria;
    @Setter private String deliverables;
    @Setter private List<Long> reviewerUserIds = new ArrayList<>();
    @Setter private Set<Role> reviewerRoles = EnumSet.noneOf(Role.class);

    LifecycleData.PhaseData toData() {
      return new LifecycleData.PhaseData(
          name,
          description,
          gateName,
          FormInput.lines(criteria),
          FormInput.lines(deliverables),
          reviewerUserIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(reviewerUserIds)),
          reviewerRoles == null ? Set.of() : reviewerRoles);
    }
  }
}
