package org.cairnpmo.archive.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

  Page<Document> findByOwnerKindAndOwnerId(OwnerKind kind, long ownerId, Pageable pageable);

  /** The documents of these owners that name a deliverable. */
  java.util.List<Document> findByOwnerKindAndOwnerIdInAndDeliverableNameIsNotNull(
      OwnerKind kind, java.util.Collection<Long> ownerIds);

  long countByOwnerKindAndOwnerId(OwnerKind kind, long ownerId);

  Optional<Document> findByIdAndOwnerKindAndOwnerId(long id, OwnerKind kind, long ownerId);

  /** The document, its row locked until the transaction ends: new versions queue here. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from Document d where d.id = :id")
  Optional<Document> lockById(long id);

  /** Documents filed before their text was kept, a batch at a time. */
  List<Document> findTop50ByLatestTextIsNullAndLatestNumberGreaterThanOrderById(int number);
}
