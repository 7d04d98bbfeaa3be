package org.cairnpmo.control.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** An assumption the plan rests on; who validated it and when is recorded on validation. */
@Entity
@KeepsHistory("assumption")
@Indexed(index = "raid_assumption")
@SearchRecordMapping(derivedFrom = {"text"})
@Table(name = "ctl_assumption")
@Getter
public class Assumption extends RaidItem {

  @Column(name = "statement")
  private String text;

  private boolean validated;
  private Long validatedBy;
  private LocalDate validatedOn;

  protected Assumption() {}

  private Assumption(long projectId, Long ownerId, String by, Instant now) {
    super(projectId, ownerId, by, now);
  }

  public static Assumption log(
      long projectId,
      AssumptionData data,
      Long ownerId,
      long byUserId,
      String by,
      LocalDate today,
      Instant now) {
    Assumption a = new Assumption(projectId, ownerId, by, now);
    a.write(data, byUserId, today);
    return a;
  }

  /** The validation of an imported assumption, as it was where it came from. */
  void importedValidation(boolean validated, Long by, LocalDate on) {
    this.validated = validated;
    this.validatedBy = by;
    this.validatedOn = on;
  }

  public void revise(
      AssumptionData data, Long ownerId, long byUserId, String by, LocalDate today, Instant now) {
    write(data, byUserId, today);
    revised(ownerId, by, now);
  }

  private void write(AssumptionData data, long byUserId, LocalDate today) {
    text = data.text().strip();
    if (data.isValidated() && !validated) {
      validated = true;
      validatedBy = byUserId;
      validatedOn = today;
    } else if (!data.isValidated()) {
      validated = false;
      validatedBy = null;
      validatedOn = null;
    }
  }

  @Override
  public RaidKind kind() {
    return RaidKind.ASSUMPTION;
  }

  @Override
  public String headline() {
    return shortened(text);
  }

  @Override
  public boolean isSettled() {
    return validated;
  }

  @Override
  protected String searchText() {
    return text;
  }
}
