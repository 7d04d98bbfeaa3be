package org.cairnpmo.governance.web;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.domain.ChecklistData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.VoteRule;
import org.cairnpmo.platform.web.EditForm;

/** The manager's preparation of the current gate, row by row as the page shows it. */
public class ChecklistForm extends EditForm {

  private String note;
  private List<Long> approverIds = new ArrayList<>();
  private VoteRule voteRule = VoteRule.ALL;
  private List<Check> checks = new ArrayList<>();
  private List<Deliverable> deliverables = new ArrayList<>();

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

  public List<Long> getApproverIds() {
    return approverIds;
  }

  public void setApproverIds(List<Long> approverIds) {
    this.approverIds = approverIds == null ? new ArrayList<>() : approverIds;
  }

  public VoteRule getVoteRule() {
    return voteRule;
  }

  public void setVoteRule(VoteRule voteRule) {
    this.voteRule = voteRule;
  }

  /** One criterion: ticked, with a note. */
  public static class Check {
    private boolean checked;
    private String note;

    public Check() {}

    Check(boolean checked, String note) {
      this.checked = checked;
      this.note = note;
    }

    public boolean isChecked() {
      return checked;
    }

    public void setChecked(boolean checked) {
      this.checked = checked;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** One deliverable: provided, and where. */
  public static class Deliverable {
    private boolean provided;
    private String reference;

    public Deliverable() {}

    Deliverable(boolean provided, String reference) {
      this.provided = provided;
      this.reference = reference;
    }

    public boolean isProvided() {
      return provided;
    }

    public void setProvided(boolean provided) {
      this.provided = provided;
    }

    public String getReference() {
      return reference;
    }

    public void setReference(String reference) {
      this.reference = reference;
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Check> getChecks() {
    return checks;
  }

  public void setChecks(List<Check> checks) {
    this.checks = checks;
  }

  public List<Deliverable> getDeliverables() {
    return deliverables;
  }

  public void setDeliverables(List<Deliverable> deliverables) {
    this.deliverables = deliverables;
  }
}
