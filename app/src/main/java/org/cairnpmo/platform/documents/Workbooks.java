package org.cairnpmo.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A spreadsheet download: a new workbook, filled by the caller, as the bytes of an XLSX file. */
public final class Workbooks {

  private Workbooks() {}

  /** The XLSX file of a workbook {@code fill} writes its sheets into. */
  public static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill.accept(book);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      // Written to memory: an IOException here is a bug, not a condition to handle.
      throw new UncheckedIOException(e);
    }
  }
}
