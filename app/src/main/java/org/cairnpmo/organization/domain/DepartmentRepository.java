package org.cairnpmo.organization.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

  Optional<Department> findByCodeIgnoreCase(String code);

  Optional<Department> findByNameIgnoreCase(String name);
}
