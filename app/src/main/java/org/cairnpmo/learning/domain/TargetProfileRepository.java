package org.cairnpmo.learning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetProfileRepository extends JpaRepository<TargetProfile, Long> {

  List<TargetProfile> findAllByOrderByRoleNameAsc();

  Optional<TargetProfile> findByRoleNameIgnoreCase(String roleName);
}
