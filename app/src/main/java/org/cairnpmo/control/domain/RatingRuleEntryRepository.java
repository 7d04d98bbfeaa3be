package org.cairnpmo.control.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRuleEntryRepository extends JpaRepository<RatingRuleEntry, Long> {}
