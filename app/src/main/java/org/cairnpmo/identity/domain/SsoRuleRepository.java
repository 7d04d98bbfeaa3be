package org.cairnpmo.identity.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SsoRuleRepository extends JpaRepository<SsoRule, Long> {

  List<SsoRule> findAllByOrderByIdAsc();
}
