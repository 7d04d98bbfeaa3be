package org.cairnpmo.governance.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;

/**
 * A lifecycle as its form edits it: criteria and deliverables one per line in a text area, so that
 * the form works without JavaScript; phases are added and removed by submitting the form.
 */
public class LifecycleForm extends EditForm.Named {

  private List<Phase> phases = new ArrayList<>();
  private boolean approvalFirst;

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

  public boolean isApprovalFirst() {
    return approvalFirst;
  }

  public void setApprovalFirst(boolean approvalFirst) {
    this.approvalFirst = approvalFirst;
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
  public static class Phase {
    private String name;
    private String description;
    private String gateName;
    private String criteria;
    private String deliverables;
    private List<Long> reviewerUserIds = new ArrayList<>();
    private Set<Role> reviewerRoles = EnumSet.noneOf(Role.class);

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

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getGateName() {
      return gateName;
    }

    public void setGateName(String gateName) {
      this.gateName = gateName;
    }

    public String getCriteria() {
      return criteria;
    }

    public void setCriteria(String criteria) {
      this.criteria = criteria;
    }

    public String getDeliverables() {
      return deliverables;
    }

    public void setDeliverables(String deliverables) {
      this.deliverables = deliverables;
    }

    public List<Long> getReviewerUserIds() {
      return reviewerUserIds;
    }

    public void setReviewerUserIds(List<Long> reviewerUserIds) {
      this.reviewerUserIds = reviewerUserIds;
    }

    public Set<Role> getReviewerRoles() {
      return reviewerRoles;
    }

    public void setReviewerRoles(Set<Role> reviewerRoles) {
      this.reviewerRoles = reviewerRoles;
    }
  }

  public List<Phase> getPhases() {
    return phases;
  }

  public void setPhases(List<Phase> phases) {
    this.phases = phases;
  }
}
