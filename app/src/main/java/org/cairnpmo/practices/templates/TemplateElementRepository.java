package org.cairnpmo.practices.templates;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateElementRepository extends JpaRepository<TemplateElement, TemplateElement.Key> {

  List<TemplateElement> findByKeyProjectId(long projectId);
}
