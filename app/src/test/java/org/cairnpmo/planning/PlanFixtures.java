package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;

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

  /** Two welding jobs at once on a single welder, and a paint job after both. */
  static PlanImport welding(LocalDate monday) {
    return new PlanImport(
        new PlanImport.Settings(monday.atTime(8, 0), null, null, null, null),
        List.of(),
        List.of(
            new PlanImport.ImportTask("A", 1, TaskData.named("Weld frame", 3 * 480L), null),
            new PlanImport.ImportTask("B", 1, TaskData.named("Weld doors", 2 * 480L), null),
            new PlanImport.ImportTask("C", 1, TaskData.named("Paint", 480L), null)),
        List.of(
            new PlanImport.ImportLink("A", "C", DependencyType.FS, 0, LagKind.WORKING),
            new PlanImport.ImportLink("B", "C", DependencyType.FS, 0, LagKind.WORKING)),
        List.of(
            new PlanImport.ImportResource(
                "W",
                new ResourceData("Welders", ResourceKind.ROLE, BigDecimal.ONE, null, null, null),
                null)),
        List.of(
            new PlanImport.ImportRequirement("A", "W", BigDecimal.ONE),
            new PlanImport.ImportRequirement("B", "W", BigDecimal.ONE)),
        List.of());
  }

  /** An active project of {@code managerId}, started a month ago. */
  static ProjectData project(long managerId, String code) {
    return new ProjectData(
        code,
        "Packaging line retrofit",
        "A new packaging line in the Lyon plant.",
        null,
        null,
        managerId,
        ProjectCategory.OPERATIONAL,
        Priority.HIGH,
        ProjectStatus.ACTIVE,
        LocalDate.now().minusMonths(1),
        LocalDate.now().plusMonths(9),
        new BigDecimal("250000.00"),
        "EUR",
        false,
        List.of(),
        null);
  }
}
