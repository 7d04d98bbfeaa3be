package org.cairnpmo.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.GeneratedId;

/** One phase of a lifecycle and the definition of the gate at its end. */
@Entity
@Table(name = "gov_lifecycle_phase")
@Getter
public class LifecyclePhase extends GeneratedId {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lifecycle_id")
  @Getter(AccessLevel.NONE)
  private Lifecycle lifecycle;

  @Column(name = "sort_order")
  private int position;

  private String name;
  private String description;
  private String gateName;

  @ElementCollection
  @CollectionTable(name = "gov_phase_criterion", joinColumns = @JoinColumn(name = "phase_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "label")
  @Getter(AccessLevel.NONE)
  private List<String> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "gov_phase_deliverable", joinColumns = @JoinColumn(name = "phase_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "label")
  @Getter(AccessLevel.NONE)
  private List<String> deliverables = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "gov_phase_reviewer_user", joinColumns = @JoinColumn(name = "phase_id"))
  @Column(name = "user_id")
  @Getter(AccessLevel.NONE)
  private Set<Long> reviewerUserIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "gov_phase_reviewer_role", joinColumns = @JoinColumn(name = "phase_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private Set<Role> reviewerRoles = EnumSet.noneOf(Role.class);

  protected LifecyclePhase() {}

  LifecyclePhase(Lifecycle lifecycle, int position, LifecycleData.PhaseData data) {
    this.lifecycle = lifecycle;
    this.position = position;
    apply(data);
  }

  void apply(LifecycleData.PhaseData data) {
    name = data.name().trim();
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : data.description().trim();
    gateName = data.gateName().trim();
    replace(criteria, data.criteriaOrEmpty().stream().map(String::trim).toList());
    replace(deliverables, data.deliverablesOrEmpty().stream().map(String::trim).toList());
    reviewerUserIds.clear();
    reviewerUserIds.addAll(data.reviewerUserIdsOrEmpty());
    reviewerRoles.clear();
    reviewerRoles.addAll(data.reviewerRolesOrEmpty());
  }

  private static void replace(List<String> target, List<String> wanted) {
    if (!target.equals(wanted)) {
      target.clear();
      target.addAll(wanted);
    }
  }

  LifecycleData.PhaseData toData() {
    return new LifecycleData.PhaseData(
        name,
        description,
        gateName,
        List.copyOf(criteria),
        List.copyOf(deliverables),
        List.copyOf(reviewerUserIds),
        reviewerRoles.isEmpty() ? Set.of() : EnumSet.copyOf(reviewerRoles));
  }

  public List<String> getCriteria() {
    return List.copyOf(criteria);
  }

  public List<String> getDeliverables() {
    return List.copyOf(deliverables);
  }

  public Set<Long> getReviewerUserIds() {
    return Set.copyOf(reviewerUserIds);
  }

  public Set<Role> getReviewerRoles() {
    return reviewerRoles.isEmpty() ? Set.of() : EnumSet.copyOf(reviewerRoles);
  }
}
