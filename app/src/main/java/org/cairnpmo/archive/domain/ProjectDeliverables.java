package org.cairnpmo.archive.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.archive.DeliverableDocument;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of projects that name a deliverable, in bulk, as the reader may see them: the
 * projects the register hides from the reader are left out, so their documents are in no answer.
 */
@Component
public class ProjectDeliverables {

  private final DocumentRepository documents;
  private final ProjectsApi projects;

  ProjectDeliverables(DocumentRepository documents, ProjectsApi projects) {
    this.documents = documents;
    this.projects = projects;
  }

  @Transactional(readOnly = true)
  public Map<Long, List<DeliverableDocument>> of(Collection<Long> projectIds, CurrentUser reader) {
    Set<Long> hidden = projects.hiddenProjectIds(reader);
    List<Long> shown = projectIds.stream().filter(id -> !hidden.contains(id)).distinct().toList();
    Map<Long, List<DeliverableDocument>> result = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(shown)) {
      for (Document d :
          documents.findByOwnerKindAndOwnerIdInAndDeliverableNameIsNotNull(
              OwnerKind.PROJECT, chunk)) {
        result
            .computeIfAbsent(d.getOwnerId(), k -> new java.util.ArrayList<>())
            .add(
                new DeliverableDocument(
                    d.getId(),
                    d.getOwnerId(),
                    d.getTitle(),
                    d.getDeliverableId(),
                    d.getDeliverableName(),
                    d.getLatestNumber(),
                    // A new version makes the document a draft again, so "approved" is the
                    // latest version's state.
                    d.getStatus() == DocumentStatus.APPROVED));
      }
    }
    return result;
  }
}
