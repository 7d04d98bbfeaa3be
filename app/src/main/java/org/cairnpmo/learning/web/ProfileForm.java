package org.cairnpmo.learning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * A role's target profile as its form edits it: the level asked for each competency of the
 * framework, by competency id; none (blank or 0) leaves the competency out of the profile.
 */
@Getter
@Setter
public class ProfileForm {

  private String role;
  private Map<String, String> levels = new LinkedHashMap<>();
  private Long version;

  static ProfileForm of(TargetProfileView p) {
    ProfileForm f = new ProfileForm();
    f.role = p.role();
    p.targets()
        .forEach(t -> f.levels.put(Long.toString(t.competencyId()), Integer.toString(t.level())));
    f.version = p.version();
    return f;
  }

  TargetProfileData toData() {
    List<FieldProblem> problems = new ArrayList<>();
    List<TargetData> targets = new ArrayList<>();
    (levels == null ? Map.<String, String>of() : levels)
        .forEach(
            (competency, level) -> {
              String field = "levels[" + competency + "]";
              Integer l = FormInput.integer(level, field, "Choose a level from 1 to 5.", problems);
              Long id = FormInput.id(competency, "C", field, "Choose a competency.", problems);
              if (l != null && l != 0 && id != null) {
                targets.add(new TargetData(id, l));
              }
            });
    FormInput.refuseAny(problems);
    return new TargetProfileData(FormInput.trimmed(role), targets, version);
  }
}
