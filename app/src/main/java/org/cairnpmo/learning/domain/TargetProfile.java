package org.cairnpmo.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * The level a role asks for in each competency, kept by the PMO. The role is a name (as the
 * resource pool's roles are named), so learning needs no link to the pool.
 */
@KeepsHistory("target-profile")
@Entity
@Table(name = "lrn_target_profile")
@Getter
public class TargetProfile extends EditableRecord {

  private String roleName;

  @ElementCollection
  @CollectionTable(name = "lrn_target_level", joinColumns = @JoinColumn(name = "profile_id"))
  @MapKeyColumn(name = "competency_id")
  @Column(name = "level")
  @Getter(AccessLevel.NONE)
  private Map<Long, Integer> levels = new TreeMap<>();

  protected TargetProfile() {}

  static TargetProfile of(String roleName, String by, Instant now) {
    TargetProfile p = new TargetProfile();
    p.roleName = Competency.text("role", roleName, 120);
    p.stampCreated(by, now);
    return p;
  }

  /** Replaces the levels asked for (competency id to level 1–5). */
  void require(Map<Long, Integer> wanted, String by, Instant now) {
    levels.clear();
    wanted.forEach(
        (competency, level) -> levels.put(competency, Competency.level("targets", level)));
    stampChanged(by, now);
  }

  public Map<Long, Integer> levels() {
    return Map.copyOf(levels);
  }
}
