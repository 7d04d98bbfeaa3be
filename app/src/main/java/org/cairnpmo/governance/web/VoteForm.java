package org.cairnpmo.governance.web;

import java.util.List;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.VoteData;

/** An approver's vote on the open review, as the gate page's form sends it. */
public class VoteForm {

  /** What an approver may vote; conditions go with a decision the PMO records for the board. */
  static final List<GateDecision> CHOICES =
      List.of(GateDecision.GO, GateDecision.HOLD, GateDecision.RECYCLE, GateDecision.KILL);

  private GateDecision decision;
  private String comment;
  private Long reviewId;

  static VoteForm empty(Long reviewId) {
    VoteForm form = new VoteForm();
    form.reviewId = reviewId;
    return form;
  }

  VoteData toData() {
    return new VoteData(decision, comment, reviewId);
  }

  public GateDecision getDecision() {
    return decision;
  }

  public void setDecision(GateDecision decision) {
    this.decision = decision;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public void setReviewId(Long reviewId) {
    this.reviewId = reviewId;
  }
}
