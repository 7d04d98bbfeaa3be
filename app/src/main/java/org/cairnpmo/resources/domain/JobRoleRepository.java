package org.cairnpmo.resources.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRoleRepository extends JpaRepository<JobRole, Long> {

  Optional<JobRole> findByNameIgnoreCase(String name);
}
