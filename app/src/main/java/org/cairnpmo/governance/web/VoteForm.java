package org.cairnpmo.governance.web;

import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.VoteData;

/** An approver's vote on the open review, as the gate page's form sends it. */
@Getter
public class VoteForm {

  /** What an approver may vote; conditions go with a decision the PMO records for the board. */
  @Getter(AccessLevel.NONE)
  static final List<GateDecision> CHOICES =
      List.of(GateDecision.GO, GateDecision.HOLD, GateDecision.RECYCLE, GateDecision.KILL);

  @Setter private GateDecision decision;
  @Setter private String comment;
  @Setter private Long reviewId;

  static VoteForm empty(Long reviewId) {
    VoteForm form = new VoteForm();
    form.reviewId = reviewId;
    return form;
  }

  VoteData toData() {
    return new VoteData(decision, comment, reviewId);
  }
}
