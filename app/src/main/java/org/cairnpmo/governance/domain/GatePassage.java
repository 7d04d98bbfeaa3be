package org.cairnpmo.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A gate passed on record: what the note says ("Passed before Cairn", "Passed at the approval of
 * PRO-0031"), who recorded it and when. It is not a decision: nobody decided it in Cairn, so it has
 * no decision date and no board.
 */
@Embeddable
public record GatePassage(
    @Column(name = "passage_note") String note,
    @Column(name = "passage_recorded_by") String recordedBy,
    @Column(name = "passage_recorded_at") Instant recordedAt) {}
