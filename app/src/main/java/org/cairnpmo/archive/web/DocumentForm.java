package org.cairnpmo.archive.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cairnpmo.archive.domain.DocumentData;

/** The details that come with a new document's file, as form fields of the multipart request. */
record DocumentForm(
    @NotBlank(message = "Give the document a title") @Size(max = 200) String title,
    @Size(max = 60) String type,
    @Size(max = 120) String phase,
    @Size(max = 80) String deliverableId,
    @Size(max = 200) String deliverableName,
    Long responsibleId) {

  DocumentData data() {
    return new DocumentData(
        title, type, phase, deliverableId, deliverableName, responsibleId, null);
  }
}
