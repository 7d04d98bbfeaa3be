package org.cairnpmo.control.domain;

import java.util.List;
import org.cairnpmo.projects.ProjectView;

/**
 * What the dependency form's project picker offers: the project chosen so far (null: none, or one
 * the viewer may not see) and the projects matching what was typed, at most {@code max}.
 */
public record ProjectChoices(ProjectView chosen, List<ProjectView> candidates, int max) {

  public ProjectChoices {
    candidates = List.copyOf(candidates);
  }

  /** Whether the list was cut at {@code max}: more of the code or name narrows it. */
  public boolean capped() {
    return candidates.size() >= max;
  }
}
