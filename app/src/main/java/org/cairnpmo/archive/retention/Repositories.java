package org.cairnpmo.archive.retention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRuleRepository extends JpaRepository<RetentionRule, Long> {

  Optional<RetentionRule> findByScope(String scope);

  List<RetentionRule> findAllByOrderByScope();
}

interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

  List<LegalHold> findAllByOrderByHeldAtDesc();
}

interface PurgeRecordRepository extends JpaRepository<PurgeRecord, Long> {

  List<PurgeRecord> findTop50ByOrderByPurgedAtDescIdDesc();
}
