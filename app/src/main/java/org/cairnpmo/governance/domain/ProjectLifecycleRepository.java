package org.cairnpmo.governance.domain;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.governance.LifecycleStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectLifecycleRepository extends JpaRepository<ProjectLifecycle, Long> {

  Optional<ProjectLifecycle> findByProjectId(long projectId);

  boolean existsByProjectId(long projectId);

  long countByLifecycleId(long lifecycleId);

  // The name stays for its callers; the last change now lives in the embedded LastChange.
  @Query(
      "select p from ProjectLifecycle p where p.status = :status"
          + " order by p.lastChange.updatedAt desc")
  List<ProjectLifecycle> findByStatusOrderByUpdatedAtDesc(LifecycleStatus status);

  @Query("select p.lifecycleId, count(p) from ProjectLifecycle p group by p.lifecycleId")
  List<Object[]> countByLifecycle();
}
