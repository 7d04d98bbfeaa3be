package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;

/** One session of a mentoring pair; its notes are for the two of them alone. */
@Entity
@Table(name = "lrn_mentoring_session")
@Getter
public class MentoringSession extends GeneratedId {

  private long mentoringId;
  private LocalDate heldOn;
  private String notes;
  private String writtenBy;
  private Instant writtenAt;

  protected MentoringSession() {}

  static MentoringSession log(
      long mentoringId, LocalDate heldOn, String notes, String by, Instant at) {
    if (!InputRules.isSaneDate(heldOn)) {
      throw InvalidInputException.of("heldOn", InputRules.DATE_RANGE_MESSAGE);
    }
    MentoringSession s = new MentoringSession();
    s.mentoringId = mentoringId;
    s.heldOn = heldOn;
    if (notes != null && !notes.isBlank()) {
      String kept = notes.strip();
      if (InputRules.hasControlCharacter(kept.replaceAll("[\r\n\t]", ""))) {
        throw InvalidInputException.of("notes", InputRules.CONTROL_CHARACTER_MESSAGE);
      }
      s.notes = kept;
    }
    s.writtenBy = by;
    s.writtenAt = at;
    return s;
  }
}
