package org.cairnpmo.planning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Plans for page and browser tests, written as a file would bring them. */
final class PlanFixtures {

  private PlanFixtures() {}

  /**
   * A plan of {@code phases} summary tasks of {@code perPhase} tasks each (the last a milestone),
   * each task after the one before it, phases after each other, with baseline 0 saved two days
   * earlier than the plan is now.
   */
  static PlanImport phased(LocalDateTime start, int phases, int perPhase) {
    List<PlanImport.ImportTask> tasks = new ArrayList<>();
    List<PlanImport.ImportLink> links = new ArrayList<>();
    String previous = null;
    for (int p = 1; p <= phases; p++) {
      tasks.add(new PlanImport.ImportTask("P" + p, 1, TaskData.named("Phase " + p, 0), null));
      for (int k = 1; k <= perPhase; k++) {
        String key = "P" + p + "T" + k;
        TaskData data =
            k == perPhase
                ? TaskData.milestone("Phase " + p + " done")
                : TaskData.named("Work package " + p + "." + k, (1 + (k * 7 + p) % 5) * 480L);
        tasks.add(new PlanImport.ImportTask(key, 2, data, null));
        if (previous != null) {
          links.add(
              new PlanImport.ImportLink(previous, key, DependencyType.FS, 0, LagKind.WORKING));
        }
        previous = key;
      }
    }
    return new PlanImport(
        new PlanImport.Settings(start, null, null, null, null),
        List.of(),
        tasks,
        links,
        List.of(),
        List.of(),
        List.of());
  }
}
