package org.cairnpmo.archive.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

  List<TemplateVersion> findByTemplateIdOrderByNumberDesc(long templateId);

  Optional<TemplateVersion> findByTemplateIdAndNumber(long templateId, int number);
}
