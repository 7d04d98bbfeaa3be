package org.cairnpmo.control.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

  List<Milestone> findByProjectIdOrderByForecastDateAscIdAsc(long projectId);

  Optional<Milestone> findByIdAndProjectId(long id, long projectId);

  /**
   * The open milestones with the earliest forecast of each project (several when forecasts tie):
   * one query for a whole chunk of projects.
   */
  @Query(
      """
      select m from Milestone m
      where m.projectId in :projectIds and m.completedDate is null
        and m.forecastDate = (select min(o.forecastDate) from Milestone o
                              where o.projectId = m.projectId and o.completedDate is null)
      """)
  List<Milestone> findNextOpen(@Param("projectIds") Collection<Long> projectIds);
}
