package org.cairnpmo.resources.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cairnpmo.resources.RateData;

/** A cost rate per hour from a date on. */
@Embeddable
record RateEntry(LocalDate effectiveFrom, BigDecimal hourlyRate) {

  RateData view() {
    return new RateData(effectiveFrom, hourlyRate);
  }
}
