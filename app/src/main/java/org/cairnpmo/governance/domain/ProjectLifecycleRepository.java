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

  List<ProjectLifecycle> findByStatusOrderByUpdatedAtDesc(LifecycleStatus status);

  @Query("select p.lifecycleId, count(p) from ProjectLifecycle p group by p.lifecycleId")
  List<Object[]> countByLifecycle();
}
