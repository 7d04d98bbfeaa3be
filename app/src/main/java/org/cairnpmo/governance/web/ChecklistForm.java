package org.cairnpmo.governance.web;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.domain.ChecklistData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.VoteRule;
import org.cairnpmo.platform.web.EditForm;

/** The manager's preparation of the current gate, row by row as the page shows it. */
@Getter
public class ChecklistForm extends EditForm {

  @Setter private String note;
  private List<Long> approverIds = new ArrayList<>();
  @Setter private VoteRule voteRule = VoteRule.ALL;
  @Setter private List<Check> checks = new ArrayList<>();
  @Setter private List<Deliverable> deliverables = new ArrayList<>();

  static ChecklistForm of(GateView gate, long version) {
    ChecklistForm form = new ChecklistForm();
    form.version = version;
    gate.checklist().forEach(c -> form.checks.add(new Check(c.checked(), c.note())));
    gate.deliverables()
        .forEach(d -> form.deliverables.add(new Deliverable(d.provided(), d.reference())));
    return form;
  }

  ChecklistData toData() {
    List<ChecklistData.Check> c = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      c.add(new ChecklistData.Check(i, checks.get(i).isChecked(), checks.get(i).getNote()));
    }
    List<ChecklistData.Deliverable> d = new ArrayList<>();
    for (int i = 0; i < deliverables.size(); i++) {
      Deliverable row = deliverables.get(i);
      d.add(new ChecklistData.Deliverable(i, row.isProvided(), row.getReference()));
    }
    return new ChecklistData(c, d, version);
  }

  /** The review request: the note, and the approvers who vote on it by the rule, if any. */
  ReviewRequestData toRequest() {
    return new ReviewRequestData(
        note, toData(), version, approverIds, approverIds.isEmpty() ? null : voteRule);
  }

  public void setApproverIds(List<Long> approverIds) {
    this.approverIds = approverIds == null ? new ArrayList<>() : approverIds;
  }

  /** One criterion: ticked, with a note. */
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class Check {
    @Getter @Setter private boolean checked;
    @Getter @Setter private String note;
  }

  /** One deliverable: provided, and where. */
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class Deliverable {
    @Getter @Setter private boolean provided;
    @Getter @Setter private String reference;
  }
}
