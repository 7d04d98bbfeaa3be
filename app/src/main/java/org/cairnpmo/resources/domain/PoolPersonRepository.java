package org.cairnpmo.resources.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PoolPersonRepository
    extends JpaRepository<PoolPerson, Long>, JpaSpecificationExecutor<PoolPerson> {

  Optional<PoolPerson> findByUserId(long userId);

  List<PoolPerson> findByLineManagerId(long lineManagerId);

  boolean existsByJobRoleId(long roleId);
}
