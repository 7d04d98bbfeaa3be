package org.cairnpmo.learning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cairnpmo.learning.CertificationKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CertificationRepository extends JpaRepository<Certification, Long> {

  Page<Certification> findByUserIdIn(Collection<Long> userIds, Pageable pageable);

  List<Certification> findByUserId(long userId);

  @Query(
      "select c from Certification c where c.kind = :kind and c.issuedOn <= :day"
          + " and (c.expiresOn is null or c.expiresOn >= :day)")
  List<Certification> validOn(CertificationKind kind, LocalDate day);

  /** Certifications expiring from today to {@code until} that still miss a reminder. */
  @Query(
      "select c from Certification c where c.expiresOn >= :today and c.expiresOn <= :until"
          + " and (c.reminded90At is null or c.reminded30At is null)")
  List<Certification> expiringUnreminded(LocalDate today, LocalDate until);

  /** Marks the 90-day reminder sent, only if no one did already: 1 when this call did. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Certification c set c.reminded90At = :at where c.id = :id and c.reminded90At is null")
  int markReminded90(long id, Instant at);

  /** Marks the 30-day reminder (and the 90-day one, which would now say too little) sent. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Certification c set c.reminded30At = :at, c.reminded90At = coalesce(c.reminded90At,"
          + " :at) where c.id = :id and c.reminded30At is null")
  int markReminded30(long id, Instant at);

  List<Certification> findByUserIdIn(java.util.Collection<Long> userIds);
}
