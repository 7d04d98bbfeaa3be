package org.cairnpmo.resources.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.hibernate.annotations.BatchSize;

/**
 * A generic role of the role catalog: what it is for, what it is responsible for, the skills it
 * needs and its default rate for planning before names are known.
 */
@KeepsHistory("job-role")
@Entity
@Table(name = "res_role")
@Getter
public class JobRole extends AggregateRoot<JobRole> {

  private String name;
  private String purpose;
  private String responsibilities;
  private BigDecimal defaultRate;

  @ElementCollection
  @CollectionTable(name = "res_role_skill", joinColumns = @JoinColumn(name = "role_id"))
  @OrderBy("skill")
  @BatchSize(size = 50)
  private List<SkillEntry> requiredSkills = new ArrayList<>();

  /** What proposals and plans may call the role instead; unique across the catalog. */
  @ElementCollection
  @CollectionTable(name = "res_role_alias", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "alias")
  @OrderBy
  @BatchSize(size = 50)
  private List<String> otherNames = new ArrayList<>();

  @Version private long version;

  protected JobRole() {}

  JobRole(RoleData checked) {
    change(checked);
  }

  void change(RoleData checked) {
    this.name = checked.name();
    this.purpose = checked.purpose();
    this.responsibilities = checked.responsibilities();
    this.defaultRate = checked.defaultRate();
    this.requiredSkills.clear();
    checked
        .requiredSkills()
        .forEach(s -> requiredSkills.add(new SkillEntry(s.skill(), s.proficiency())));
    this.otherNames.clear();
    this.otherNames.addAll(checked.otherNames());
  }

  RoleView view(boolean showRates) {
    return new RoleView(
        getId(),
        name,
        purpose,
        responsibilities,
        showRates ? defaultRate : null,
        requiredSkills.stream().map(SkillEntry::view).toList(),
        List.copyOf(otherNames),
        version);
  }
}
