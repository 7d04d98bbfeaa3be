package org.cairnpmo.practices.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.governance.LifecycleOutline;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.practices.domain.MethodData;

/**
 * A method as its form edits it: one section per phase of the lifecycle, the checklist one item per
 * line, the deliverables as rows (two empty rows to add more, so the form works without JavaScript;
 * empty rows are left out).
 */
public class MethodForm extends EditForm.Named {

  static final int SPARE_ROWS = 2;

  @Getter @Setter private Long lifecycleId;
  @Getter @Setter private List<Long> tierIds = new ArrayList<>();
  @Getter @Setter private List<Phase> phases = new ArrayList<>();

  static MethodForm of(MethodData data) {
    MethodForm form = new MethodForm();
    form.name = data.name();
    form.description = data.description();
    form.version = data.version();
    form.lifecycleId = data.lifecycleId();
    form.tierIds = new ArrayList<>(data.tierIdsOrEmpty());
    for (MethodData.PhaseData p : data.phasesOrEmpty()) {
      Phase phase = new Phase();
      phase.setPhase(p.phase());
      phase.setGuidance(p.guidance());
      phase.setChecklist(String.join("\n", p.checklistOrEmpty()));
      for (MethodData.DeliverableData d : p.deliverablesOrEmpty()) {
        Row row = new Row();
        row.setName(d.name());
        row.setDescription(d.description());
        row.setOwnerRole(d.ownerRole());
        row.setRequired(d.required());
        row.setTemplateId(d.templateId());
        phase.deliverables.add(row);
      }
      form.phases.add(phase);
    }
    return form;
  }

  /**
   * The form's phases made to follow {@code lifecycle}: one per phase of it, in its order, keeping
   * what was written for a phase of the same name; plus the spare deliverable rows.
   */
  MethodForm following(LifecycleOutline lifecycle) {
    if (lifecycle != null) {
      Map<String, Phase> written =
          phases.stream()
              .filter(p -> p.getPhase() != null)
              .collect(Collectors.toMap(Phase::getPhase, Function.identity(), (a, b) -> a));
      List<Phase> following = new ArrayList<>();
      for (String name : lifecycle.phases()) {
        Phase phase = written.getOrDefault(name, new Phase());
        phase.setPhase(name);
        following.add(phase);
      }
      phases = following;
    }
    for (Phase phase : phases) {
      phase.deliverables.removeIf(Row::isBlank);
      for (int i = 0; i < SPARE_ROWS; i++) {
        phase.deliverables.add(new Row());
      }
    }
    return this;
  }

  MethodData toData() {
    return new MethodData(
        name,
        description,
        lifecycleId,
        tierIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(tierIds)),
        phases.stream().map(Phase::toData).toList(),
        version);
  }

  /** What the method says about one phase. */
  @Getter
  @Setter
  public static class Phase {
    private String phase;
    private String guidance;
    private String checklist;
    private List<Row> deliverables = new ArrayList<>();

    MethodData.PhaseData toData() {
      return new MethodData.PhaseData(
          phase,
          guidance,
          FormInput.lines(checklist),
          deliverables == null
              ? List.of()
              : deliverables.stream().filter(r -> !r.isBlank()).map(Row::toData).toList());
    }
  }

  /** One deliverable. */
  @Getter
  @Setter
  public static class Row {
    private String name;
    private String description;
    private String ownerRole;
    private boolean required;
    private Long templateId;

    boolean isBlank() {
      return FormInput.blank(name)
          && FormInput.blank(description)
          && FormInput.blank(ownerRole)
          && templateId == null;
    }

    MethodData.DeliverableData toData() {
      return new MethodData.DeliverableData(name, description, ownerRole, required, templateId);
    }
  }
}
