package org.cairnpmo.archive.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentTemplateRepository extends JpaRepository<Template, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from Template t where t.id = :id")
  Optional<Template> lockById(long id);

  Optional<Template> findFirstByNameIgnoreCase(String name);

  java.util.List<Template> findByIdIn(java.util.Collection<Long> ids);
}
