package org.cairnpmo.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The records of the first sheet of an XLSX workbook, read as a stream (the sheet is never held
 * whole) and refused when it unpacks to far more than an import can hold.
 */
final class XlsxRecords {

  private XlsxRecords() {}

  /**
   * The most a workbook may unpack to. An import of ten thousand rows takes a few megabytes of XML;
   * anything far bigger is a mistake or a zip bomb (1.3 MB that unpacked to a 91 MB sheet and,
   * three at once, exhausted the heap).
   */
  static final long MAX_UNPACKED_BYTES = Tabular.MAX_UNPACKED_BYTES;

  static {
    // POI's own guard, for every entry it reads: no entry bigger than the whole limit, no
    // compression beyond 1:100, no text of more than 10 million characters.
    ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    ZipSecureFile.setMinInflateRatio(0.01);
  }

  /** A workbook refused before it is read. */
  static final class TooBigException extends IOException {
    TooBigException() {
      super(Tabular.TOO_BIG);
    }
  }

  /**
   * The first sheet's rows; numbers as BigDecimal, date cells as LocalDate, the rest as text. The
   * sheet is read as a stream of XML events, row by row, never as a whole workbook in memory, and
   * only once the whole file is known to unpack to at most {@link #MAX_UNPACKED_BYTES}.
   */
  static List<List<Object>> read(byte[] content, int maxRows) throws IOException {
    requireSmallWhenUnpacked(content);
    List<List<Object>> records = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        return records;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, strings, new Rows(records, maxRows), new TypedValues(), false));
        parser.parse(new InputSource(sheet));
      } catch (Rows.Enough e) {
        // The check reports the rows beyond the limit; the rest is not read.
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("Not a readable workbook", e);
    }
    // Trailing empty rows are not rows.
    while (!records.isEmpty()
        && records.get(records.size() - 1).stream().allMatch(v -> Tabular.text(v).isEmpty())) {
      records.remove(records.size() - 1);
    }
    return records;
  }

  /**
   * Inflates every entry without keeping it, counting the bytes: the sizes a ZIP declares can lie,
   * the bytes it inflates to cannot.
   */
  static void requireSmallWhenUnpacked(byte[] content) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > 1000 || (entry.getSize() > MAX_UNPACKED_BYTES)) {
          throw new TooBigException();
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNPACKED_BYTES) {
            throw new TooBigException();
          }
        }
      }
    }
  }

  /**
   * Marks the values of numeric cells so that {@link Rows} keeps their type: dates as LocalDate,
   * numbers as BigDecimal. The mark is U+0000, which XML (and so no cell text) can ever hold.
   */
  private static final class TypedValues extends DataFormatter {
    static final String DATE = "\u0000D";
    static final String NUMBER = "\u0000N";

    TypedValues() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DATE + DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return NUMBER + new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }

  /** Collects the sheet's rows as records, with empty records for rows the file leaves out. */
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Stops reading a sheet longer than any import may be. */
    static final class Enough extends RuntimeException {
      Enough() {
        super(null, null, false, false);
      }
    }

    private final List<List<Object>> records;
    private final int maxRows;
    private List<Object> current;

    @Override
    public void startRow(int rowNum) {
      if (rowNum > maxRows + 1000) {
        throw new Enough();
      }
      while (records.size() < rowNum) {
        records.add(new ArrayList<>());
      }
      current = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      records.add(current);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? current.size() : new CellReference(reference).getCol();
      while (current.size() < column) {
        current.add(null);
      }
      current.add(typed(value));
    }

    private static Object typed(String value) {
      if (value == null || value.isEmpty()) {
        return null;
      }
      if (value.startsWith(TypedValues.DATE)) {
        return LocalDate.parse(value.substring(TypedValues.DATE.length()));
      }
      if (value.startsWith(TypedValues.NUMBER)) {
        return new BigDecimal(value.substring(TypedValues.NUMBER.length()));
      }
      return value;
    }
  }
}
