package org.cairnpmo.control.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A decision taken on the project: what, why, who, when, and the alternatives considered. */
@Entity
@KeepsHistory("decision")
@Indexed(index = "raid_decision")
@SearchRecordMapping(derivedFrom = {"what", "why", "alternatives"})
@Table(name = "ctl_decision")
@Getter
public class Decision extends RaidItem {

  @Column(name = "what_decided")
  private String what;

  @Column(name = "rationale")
  private String why;

  private String decidedBy;
  private LocalDate decidedOn;
  private String alternatives;

  protected Decision() {}

  private Decision(long projectId, Long ownerId, String by, Instant now) {
    super(projectId, ownerId, by, now);
  }

  public static Decision log(
      long projectId, DecisionData data, Long ownerId, String by, LocalDate today, Instant now) {
    Decision d = new Decision(projectId, ownerId, by, now);
    d.write(data, today);
    return d;
  }

  public void revise(DecisionData data, Long ownerId, String by, LocalDate today, Instant now) {
    write(data, today);
    revised(ownerId, by, now);
  }

  private void write(DecisionData data, LocalDate today) {
    if (data.decidedOn().isAfter(today)) {
      throw InvalidInputException.of(
          "decidedOn", "A decision is logged once it is taken; the date cannot be in the future.");
    }
    what = data.what().strip();
    why = clean(data.why());
    decidedBy = data.decidedBy().strip();
    decidedOn = data.decidedOn();
    alternatives = clean(data.alternatives());
  }

  @Override
  public RaidKind kind() {
    return RaidKind.DECISION;
  }

  @Override
  public String headline() {
    return what;
  }

  @Override
  public boolean isSettled() {
    return true;
  }

  @Override
  protected String searchText() {
    return SearchFields.join(why, alternatives);
  }
}
