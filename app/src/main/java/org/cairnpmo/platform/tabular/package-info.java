/**
 * Tables uploaded to be imported: {@code Tabular} reads a CSV file or an XLSX workbook's first
 * sheet into records in bounded memory; a row's problem is a {@code RowProblem}, and an import
 * refused for its rows throws {@code ImportRejectedException}, which the API answers as 400
 * problem+json with one error per problem.
 */
package org.cairnpmo.platform.tabular;
