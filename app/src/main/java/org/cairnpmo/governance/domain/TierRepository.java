package org.cairnpmo.governance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TierRepository extends JpaRepository<Tier, Long> {

  List<Tier> findAllByOrderByLevelAscIdAsc();

  Optional<Tier> findByLevel(int level);

  Optional<Tier> findByNameIgnoreCase(String name);

  List<Tier> findByLifecycleId(long lifecycleId);
}
