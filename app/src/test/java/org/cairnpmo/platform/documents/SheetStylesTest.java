package org.cairnpmo.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Workbooks carry any stored text, control characters included, and open again: POI writes such a
 * character as '?', the shared text cell leaves it out.
 */
class SheetStylesTest {

  private static final String STORED = "Road\u0000map \u0001Phase\u001f 2";

  @Test
  void a_text_cell_leaves_control_characters_out() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      SheetStyles styles = new SheetStyles(book);
      SheetStyles.text(book.createSheet("Status").createRow(0), 0, STORED, styles.wrapped);
      book.write(out);
    }

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(read.getSheet("Status").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Roadmap Phase 2");
    }
  }

  @Test
  void a_cell_written_directly_with_control_characters_still_opens() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook book = new SXSSFWorkbook()) {
      book.createSheet("Ranking").createRow(0).createCell(0).setCellValue(STORED);
      book.write(out);
    }

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(read.getSheet("Ranking").getRow(0).getCell(0).getStringCellValue())
          .startsWith("Road");
    }
  }
}
