package org.cairnpmo.practices.templates;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateProjectRepository extends JpaRepository<TemplateProject, Long> {

  List<TemplateProject> findByLineageId(long lineageId);

  int countByTemplateId(long templateId);
}
