package org.cairnpmo.platform.tabular;

/**
 * One thing wrong with one row of an imported file.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1), 0 for the file itself
 * @param column the column concerned, or null for the whole row
 */
public record RowProblem(int row, String column, String message) {}
