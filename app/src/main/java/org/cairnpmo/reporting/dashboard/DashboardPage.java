package org.cairnpmo.reporting.dashboard;

import java.util.List;

/** One page of the dashboard's rows (pages numbered from 0). */
public record DashboardPage(
    List<DashboardRow> rows, int page, int size, long totalElements, int totalPages) {

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
