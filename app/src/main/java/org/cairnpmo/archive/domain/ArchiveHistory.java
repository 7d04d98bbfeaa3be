package org.cairnpmo.archive.domain;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.HistoryAccess;
import org.springframework.stereotype.Component;

/**
 * A document's history is seen by whoever sees the document (through its project or proposal); the
 * template library's by everyone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchiveHistory implements HistoryAccess {

  private final DocumentRepository documents;
  private final DocumentService service;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("document", "template");
  }

  @Override
  public void check(String kind, long id) {
    if ("document".equals(kind)) {
      Document document = documents.findById(id).orElseThrow(() -> new NotFoundException(kind, id));
      service.document(
          document.getOwnerKind(), document.getOwnerId(), id, identity.requireCurrentUser());
    } else {
      identity.requireCurrentUser();
    }
  }
}
