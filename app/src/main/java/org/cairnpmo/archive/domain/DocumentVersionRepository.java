package org.cairnpmo.archive.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

  List<DocumentVersion> findByDocumentIdOrderByNumberDesc(long documentId);

  Optional<DocumentVersion> findByDocumentIdAndNumber(long documentId, int number);
}
