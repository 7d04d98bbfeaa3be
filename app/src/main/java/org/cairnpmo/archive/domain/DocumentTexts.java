package org.cairnpmo.archive.domain;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text of any version, whoever may see it: for indexes that keep their own permission
 * filtering, never answered to a person directly.
 */
@Service
public class DocumentTexts {

  private final DocumentVersionRepository versions;
  private final BlobStore blobs;
  private final TextExtraction extraction;

  DocumentTexts(DocumentVersionRepository versions, BlobStore blobs, TextExtraction extraction) {
    this.versions = versions;
    this.blobs = blobs;
    this.extraction = extraction;
  }

  @Transactional(readOnly = true)
  public Optional<String> text(long documentId, int number) {
    return versions
        .findByDocumentIdAndNumber(documentId, number)
        .map(
            v ->
                blobs.read(
                    v.getFile().blobKey(), in -> extraction.text(in, v.getFile().fileName())));
  }
}
