package org.cairnpmo.archive.domain;

import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents filed before Cairn kept a version's text get it from their latest file at start, before
 * the search index checks itself ({@code SearchIndex} runs at order 0): each change goes through
 * JPA, so the index follows it. Runs once in practice: a text once kept (even empty, for a file
 * without text) is not read again.
 */
@Component
@Slf4j
class DocumentTextBackfill {

  private final DocumentRepository documents;
  private final DocumentTexts texts;
  private final TransactionTemplate transactions;

  DocumentTextBackfill(
      DocumentRepository documents, DocumentTexts texts, TransactionTemplate transactions) {
    this.documents = documents;
    this.texts = texts;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(-10)
  public void backfill() {
    int done = 0;
    while (true) {
      Integer batch =
          transactions.execute(
              status -> {
                List<Document> missing =
                    documents.findTop50ByLatestTextIsNullAndLatestNumberGreaterThanOrderById(0);
                missing.forEach(
                    d -> d.backfillText(texts.text(d.getId(), d.getLatestNumber()).orElse("")));
                return missing.size();
              });
      if (batch == null || batch == 0) {
        break;
      }
      done += batch;
    }
    if (done > 0) {
      log.info("Kept the text of {} documents filed before texts were kept", done);
    }
  }
}
