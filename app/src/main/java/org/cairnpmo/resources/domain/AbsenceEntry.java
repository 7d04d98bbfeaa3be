package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.cairnpmo.resources.Absence;

/** Days off, both ends included. */
@Embeddable
record AbsenceEntry(LocalDate firstDay, LocalDate lastDay, String reason) {

  Absence view() {
    return new Absence(firstDay, lastDay, reason);
  }
}
