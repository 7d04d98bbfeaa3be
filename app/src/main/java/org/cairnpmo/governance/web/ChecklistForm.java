package org.cairnpmo.governance.web;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.domain.ChecklistData;

/** The manager's preparation of the current gate, row by row as the page shows it. */
public class ChecklistForm {

  private Long version;
  private String note;
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

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
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
