package org.cairnpmo.practices.templates;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateChangeRepository extends JpaRepository<TemplateChange, Long> {

  List<TemplateChange> findByProjectIdOrderByIdAsc(long projectId);

  List<TemplateChange> findByProjectIdAndTemplateId(long projectId, long templateId);

  List<TemplateChange> findByTemplateId(long templateId);
}
