package org.cairnpmo.practices.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.PositionalRows;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.practices.MethodStatus;

/**
 * One version of a method of the library. A draft changes freely; once published it is frozen, and
 * a change means a new version: a draft copy that takes the published one's place when it is
 * published in turn. Versions of one method share a lineage, the id of the first version.
 */
@Entity
@KeepsHistory("method")
@Table(name = "prc_method")
@Getter
public class Method extends GeneratedId implements Audited {

  private Long lineageId;
  private String name;
  private String description;
  private int revision;
  private Long previousId;
  private long lifecycleId;

  @Enumerated(EnumType.STRING)
  private MethodStatus status;

  private Instant publishedAt;
  private String publishedBy;

  @ElementCollection
  @CollectionTable(name = "prc_method_tier", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "tier_id")
  @Getter(AccessLevel.NONE)
  private Set<Long> tierIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "method", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<MethodPhase> phases = new ArrayList<>();

  @Version private long version;
  @Embedded private AuditStamp audit;

  protected Method() {}

  /**
   * A first draft. {@code data}'s phases are complete and in the lifecycle's order (the service
   * checks them against the lifecycle).
   */
  static Method draft(MethodData data, String by, Instant now) {
    Method method = new Method();
    method.revision = 1;
    method.status = MethodStatus.DRAFT;
    method.audit = AuditStamp.created(by, now);
    method.apply(data, by, now);
    return method;
  }

  /** The first version names its own lineage once it has an id. */
  void startLineage() {
    if (lineageId == null) {
      lineageId = getId();
    }
  }

  /** Changes a draft; a published or retired version is frozen. */
  void revise(MethodData data, String by, Instant now) {
    requireDraft();
    apply(data, by, now);
  }

  /** Freezes the draft: from now on the tiers' projects follow it. */
  void publish(String by, Instant now) {
    requireDraft();
    status = MethodStatus.PUBLISHED;
    publishedAt = now;
    publishedBy = by;
    audit.touch(by, now);
  }

  /** A newer version of the same method was published. */
  void retire(String by, Instant now) {
    if (status == MethodStatus.PUBLISHED) {
      status = MethodStatus.RETIRED;
      audit.touch(by, now);
    }
  }

  /** A draft copy of this published version, to change: the next revision. */
  Method newVersion(String by, Instant now) {
    if (status == MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          "method-draft", "The method " + label() + " is a draft: change it as it is.");
    }
    if (status == MethodStatus.RETIRED) {
      throw new BusinessRuleException(
          "method-retired",
          "The method " + label() + " was replaced by a newer version; start from that one.");
    }
    Method copy = new Method();
    copy.lineageId = lineageId;
    copy.revision = revision + 1;
    copy.previousId = getId();
    copy.status = MethodStatus.DRAFT;
    copy.audit = AuditStamp.created(by, now);
    copy.apply(toData(), by, now);
    return copy;
  }

  /** Refuses (409 method-frozen) a change to a published or retired version. */
  void requireDraft() {
    if (status != MethodStatus.DRAFT) {
      throw new BusinessRuleException(
          "method-frozen",
          "The method "
              + label()
              + " is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + " and can no longer be changed. Create a new version of it and change that one.");
    }
  }

  private void apply(MethodData data, String by, Instant now) {
    name = data.name().trim();
    description = Deliverable.blankToNull(data.description());
    lifecycleId = data.lifecycleId();
    tierIds.clear();
    tierIds.addAll(data.tierIdsOrEmpty());
    PositionalRows.update(
        phases,
        data.phasesOrEmpty(),
        MethodPhase::apply,
        (position, phase) -> new MethodPhase(this, position, phase));
    audit.touch(by, now);
  }

  public MethodData toData() {
    return new MethodData(
        name,
        description,
        lifecycleId,
        List.copyOf(tierIds),
        phases.stream().map(MethodPhase::toData).toList(),
        version);
  }

  public String label() {
    return "'" + name + "' (version " + revision + ")";
  }

  public boolean isDraft() {
    return status == MethodStatus.DRAFT;
  }

  public List<MethodPhase> getPhases() {
    return List.copyOf(phases);
  }

  public Set<Long> getTierIds() {
    return Set.copyOf(tierIds);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
