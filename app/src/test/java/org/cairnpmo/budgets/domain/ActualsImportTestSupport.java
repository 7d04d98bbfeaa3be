package org.cairnpmo.budgets.domain;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds XLSX files for import tests. */
public final class ActualsImportTestSupport {

  private ActualsImportTestSupport() {}

  /** A workbook whose first sheet holds the rows (LocalDate cells get a date format). */
  public static byte[] workbook(List<List<Object>> rows) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Costs");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          var cell = row.createCell(c);
          if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
          } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The workbook of {@code rows} with its first sheet padded by rows of one long text cell until
   * the sheet unpacks to about {@code unpackedBytes}: the shape of a zip bomb, a few hundred
   * kilobytes to upload. Written as a stream, so the test never holds the big sheet either.
   */
  public static byte[] inflatedWorkbook(List<List<Object>> rows, long unpackedBytes)
      throws Exception {
    return inflatedWorkbook(rows, unpackedBytes, "x".repeat(30_000));
  }

  /** As {@link #inflatedWorkbook(List, long)}, padded with rows of {@code text}. */
  public static byte[] inflatedWorkbook(List<List<Object>> rows, long unpackedBytes, String text)
      throws Exception {
    byte[] small = workbook(rows);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(small));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      java.util.zip.ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
          int end = xml.indexOf("</sheetData>");
          zip.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          long written = 0;
          for (int r = rows.size() + 1; written < unpackedBytes; r++) {
            byte[] row =
                ("<row r=\""
                        + r
                        + "\"><c r=\"E"
                        + r
                        + "\" t=\"inlineStr\"><is><t>"
                        + text
                        + "</t></is></c></row>")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            zip.write(row);
            written += row.length;
          }
          zip.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
