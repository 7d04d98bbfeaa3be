package org.cairnpmo.reporting.dashboard;

import org.cairnpmo.platform.InvalidInputException;

/** One sort column and its direction; the project code always breaks ties. */
public record DashboardSort(DashboardColumn column, boolean descending) {

  public static final DashboardSort DEFAULT = new DashboardSort(DashboardColumn.CODE, false);

  /**
   * Reads {@code column} or {@code column,asc|desc} (as in the API's {@code sort} parameter); blank
   * gives the default (by code).
   *
   * @throws InvalidInputException naming the parameter {@code sort} when it cannot be read
   */
  public static DashboardSort parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String[] parts = text.split(",");
    if (parts.length > 2) {
      throw invalid(text);
    }
    DashboardColumn column = DashboardColumn.byKey(parts[0]).orElseThrow(() -> invalid(text));
    boolean descending = false;
    if (parts.length == 2) {
      String direction = parts[1].strip();
      if (direction.equalsIgnoreCase("desc")) {
        descending = true;
      } else if (!direction.equalsIgnoreCase("asc")) {
        throw invalid(text);
      }
    }
    return new DashboardSort(column, descending);
  }

  /** As {@link #parse} reads it back: {@code spi,desc}. */
  public String text() {
    return column.key() + (descending ? ",desc" : ",asc");
  }

  private static InvalidInputException invalid(String text) {
    return InvalidInputException.of(
        "sort",
        "Cannot sort by '"
            + text
            + "'. Use a column and optionally ',asc' or ',desc'; columns: "
            + DashboardColumn.keys()
            + ".");
  }
}
