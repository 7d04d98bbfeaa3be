package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceDeliveryTest {

  @Test
  void the_number_of_due_periods_is_what_the_schedule_lists_for_every_cadence_and_day() {
    LocalDate first = LocalDate.of(2026, 1, 1);
    for (Cadence cadence : Cadence.values()) {
      for (int dueDays : new int[] {0, 1, 2, 5, 30}) {
        for (int offset = 0; offset < 40; offset += 3) {
          LocalDate startsOn = cadence.anchor(first.plusDays(offset));
          CadenceDelivery delivery = new CadenceDelivery(1, cadence, startsOn, dueDays, 0);
          for (int day = -40; day < 500; day++) {
            LocalDate today = startsOn.plusDays(day);
            assertThat(delivery.duePeriods(today))
                .as("%s from %s due %d, on %s", cadence, startsOn, dueDays, today)
                .isEqualTo(delivery.schedule().duePeriodsBefore(today).size());
          }
        }
      }
    }
  }

  @Test
  void a_project_falls_short_only_with_fewer_delivered_reports_than_due_periods() {
    LocalDate monday = LocalDate.of(2026, 11, 2);
    LocalDate today = monday.plusWeeks(3).plusDays(3);
    assertThat(new CadenceDelivery(1, Cadence.WEEKLY, monday, 2, 2).fallsShort(today)).isTrue();
    assertThat(new CadenceDelivery(1, Cadence.WEEKLY, monday, 2, 3).fallsShort(today)).isFalse();
  }
}
