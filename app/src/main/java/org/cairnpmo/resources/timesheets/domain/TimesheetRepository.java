package org.cairnpmo.resources.timesheets.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimesheetRepository extends JpaRepository<Timesheet, Long> {

  Optional<Timesheet> findByPersonIdAndWeekStart(long personId, LocalDate weekStart);

  /** The weeks a caller sees: every one, or their own and those with a line on their projects. */
  @Query(
      value =
          "select distinct t from Timesheet t left join t.lines l"
              + " where (:all = true or t.personId = :personId"
              + "   or (t.status in :shared and l.projectId in :projectIds))"
              + " and t.status in :statuses"
              + " and (:anyWeek = true or t.weekStart = :week)",
      countQuery =
          "select count(distinct t) from Timesheet t left join t.lines l"
              + " where (:all = true or t.personId = :personId"
              + "   or (t.status in :shared and l.projectId in :projectIds))"
              + " and t.status in :statuses"
              + " and (:anyWeek = true or t.weekStart = :week)")
  Page<Timesheet> visible(
      boolean all,
      long personId,
      Collection<TimesheetStatus> shared,
      Collection<Long> projectIds,
      Collection<TimesheetStatus> statuses,
      boolean anyWeek,
      LocalDate week,
      Pageable pageable);

  /** The weeks of these statuses with a line on the project. */
  @Query(
      "select distinct t from Timesheet t join t.lines l"
          + " where l.projectId = :projectId and t.status in :statuses")
  List<Timesheet> bookedOn(long projectId, Collection<TimesheetStatus> statuses);

  /** The projects that weeks past the draft are booked on. */
  @Query("select distinct l.projectId from Timesheet t join t.lines l where t.status in :statuses")
  List<Long> bookedProjectIds(Collection<TimesheetStatus> statuses);
}
