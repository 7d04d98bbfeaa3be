package org.cairnpmo.resources.leveling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;

/** Projects whose plans want the same person at the same time. */
public final class LevelingFixtures {

  /** A Monday well after today, so that no plan has progress. */
  public static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

  public static final LocalDateTime START = MONDAY.atTime(8, 0);

  private LevelingFixtures() {}

  /** An active project of {@code managerId}, confidential or not. */
  public static ProjectData project(
      String code, long managerId, Priority priority, boolean confidential) {
    return new ProjectData(
        code,
        "Project " + code,
        "A project that shares a person.",
        null,
        null,
        managerId,
        ProjectCategory.OPERATIONAL,
        priority,
        ProjectStatus.ACTIVE,
        MONDAY,
        MONDAY.plusMonths(6),
        new BigDecimal("100000.00"),
        "EUR",
        confidential,
        List.of(),
        null);
  }

  /**
   * "Build" (5 days) for the person behind {@code userId}, full time, then the milestone "Done".
   */
  public static PlanImport plan(long userId) {
    return new PlanImport(
        new PlanImport.Settings(START, null, null, null, null),
        List.of(),
        List.of(
            new PlanImport.ImportTask("B", 1, TaskData.named("Build", 5 * 480L), null),
            new PlanImport.ImportTask("D", 1, TaskData.milestone("Done"), null)),
        List.of(new PlanImport.ImportLink("B", "D", DependencyType.FS, 0, LagKind.WORKING)),
        List.of(
            new PlanImport.ImportResource(
                "P",
                new ResourceData(
                    "Shared engineer", ResourceKind.PERSON, BigDecimal.ONE, userId, null, null),
                null)),
        List.of(new PlanImport.ImportRequirement("B", "P", BigDecimal.ONE)),
        List.of());
  }
}
