package org.cairnpmo.resources.domain;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  Page<Notice> findByUserId(long userId, Pageable pageable);

  Page<Notice> findByUserIdAndReadAtIsNull(long userId, Pageable pageable);

  @Modifying
  @Query(
      """
      update Notice n set n.readAt = :at
      where n.userId = :userId and n.readAt is null and n.id <= :upTo
      """)
  int markRead(@Param("userId") long userId, @Param("upTo") long upTo, @Param("at") Instant at);
}
