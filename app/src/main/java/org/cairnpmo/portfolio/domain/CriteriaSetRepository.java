package org.cairnpmo.portfolio.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

  Optional<CriteriaSet> findFirstByStatus(CriteriaSetStatus status);
}
