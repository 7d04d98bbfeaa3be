package org.cairnpmo.platform.history.web;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.history.RecordHistory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a record's latest changes on its page, for the shared fragment {@code history/fragments ::
 * panel}. The page's controller has already checked that the viewer sees the record, so this reads
 * the log without asking again.
 */
@Component
@RequiredArgsConstructor
public class HistoryPanel {

  /** The change sets a record's page shows; the rest are one link away. */
  static final int LATEST = 10;

  private final RecordHistory history;

  public void addTo(Model model, String kind, long id) {
    model.addAttribute("recordHistory", history.of(kind, id, PageRequest.of(0, LATEST)));
    model.addAttribute("historyKind", kind);
    model.addAttribute("historyId", id);
  }
}
