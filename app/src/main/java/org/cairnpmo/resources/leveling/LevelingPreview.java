package org.cairnpmo.resources.leveling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.planning.OverAllocationView;

/**
 * What leveling across projects would do, before anything is saved: the people the projects share
 * with what they can work, each project's finish and milestones before and after with the tasks
 * that move, the clashes before and after (days on which a person's tasks over the projects want
 * more of them than they can work), and the change that applies it.
 */
public record LevelingPreview(
    LocalDate from,
    LocalDate to,
    List<SharedPerson> people,
    List<ProjectEffect> projects,
    List<OverAllocationView> clashesBefore,
    List<OverAllocationView> clashesAfter,
    LevelingChange change) {

  /**
   * A person that two or more of the projects have in their plans: capacity in units (1 is a
   * full-time week).
   */
  public record SharedPerson(
      long userId, String name, BigDecimal capacity, List<String> projects) {}

  /**
   * One project: its plan's version, its finish before and after and the delay in working days, the
   * tasks that move, its milestones that slip (key ones marked), and the tasks kept where they were
   * by its longest delay.
   */
  public record ProjectEffect(
      long projectId,
      String code,
      String name,
      boolean movable,
      int maxDelayDays,
      long planVersion,
      LocalDateTime finishBefore,
      LocalDateTime finishAfter,
      BigDecimal finishDelayDays,
      List<TaskMove> moves,
      List<TaskMove> slippedMilestones,
      List<String> heldByLimit) {

    public boolean slips() {
      return finishDelayDays.signum() > 0;
    }
  }

  /** A task that starts later, by working days of its plan's calendar. */
  public record TaskMove(
      long taskId,
      String wbs,
      String name,
      boolean milestone,
      boolean keyMilestone,
      LocalDateTime startBefore,
      LocalDateTime startAfter,
      LocalDateTime finishBefore,
      LocalDateTime finishAfter,
      BigDecimal delayDays) {}

  /** Days on which a person's tasks over the projects want more than they can work. */
  public record Clash(
      String person, LocalDate from, LocalDate to, BigDecimal load, BigDecimal capacity) {}
}
