package org.cairnpmo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditStampTest {

  private static final Instant MADE = Instant.parse("2031-03-10T09:00:00Z");
  private static final Instant CHANGED = Instant.parse("2031-03-12T15:30:00Z");

  private record Note(AuditStamp audit) implements Audited {}

  @Test
  void a_new_record_counts_its_creation_as_its_last_change() {
    Note note = new Note(AuditStamp.created("ann", MADE));

    assertThat(note.getCreatedAt()).isEqualTo(MADE);
    assertThat(note.getCreatedBy()).isEqualTo("ann");
    assertThat(note.getUpdatedAt()).isEqualTo(MADE);
    assertThat(note.getUpdatedBy()).isEqualTo("ann");
  }

  @Test
  void a_change_moves_the_last_change_and_keeps_who_created_it() {
    Note note = new Note(AuditStamp.created("ann", MADE));

    note.audit().touch("bob", CHANGED);

    assertThat(note.getCreatedAt()).isEqualTo(MADE);
    assertThat(note.getCreatedBy()).isEqualTo("ann");
    assertThat(note.getUpdatedAt()).isEqualTo(CHANGED);
    assertThat(note.getUpdatedBy()).isEqualTo("bob");
  }

  @Test
  void a_record_never_changed_answers_no_last_change() {
    LastChanged never = () -> null;
    LastChanged once = () -> LastChange.by("bob", CHANGED);

    assertThat(never.getUpdatedAt()).isNull();
    assertThat(never.getUpdatedBy()).isNull();
    assertThat(once.getUpdatedAt()).isEqualTo(CHANGED);
    assertThat(once.getUpdatedBy()).isEqualTo("bob");
  }
}
