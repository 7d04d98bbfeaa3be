package org.cairnpmo.platform.tabular;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rows of an uploaded table: a CSV file with a header row, or the first sheet of an XLSX
 * workbook. Each record is a list of cells: text, or for a workbook's numeric cells BigDecimal and
 * for its date cells LocalDate. Every import of Cairn reads its file here, so that they accept the
 * same files and refuse the others with the same words.
 *
 * <p>The kind of file is taken from its content, not only its name: a workbook is a ZIP archive, a
 * CSV file is UTF-8 text. A name that says one and content that is the other (an old binary .xls
 * renamed, a program renamed .csv) is refused. Memory stays bounded: a workbook is read as a stream
 * once it is known to unpack to at most {@link #MAX_UNPACKED_BYTES}, and reading stops a little
 * past {@code maxRows}, so that the caller can report the rows beyond its limit.
 */
public final class Tabular {

  /**
   * The most a workbook may unpack to. Ten thousand rows take a few megabytes of XML; anything far
   * bigger is a mistake or a zip bomb.
   */
  public static final long MAX_UNPACKED_BYTES = 25L * 1024 * 1024;

  public static final String TOO_BIG =
      "The workbook unpacks to more than "
          + MAX_UNPACKED_BYTES / (1024 * 1024)
          + " MB, far more than an import needs. Keep only the sheet of rows (no images or other"
          + " sheets), or save it as CSV.";

  public static final String EMPTY = "The file is empty.";
  public static final String WRONG_TYPE = "Upload a .csv or .xlsx file.";
  public static final String NOT_A_WORKBOOK = "The file is not a readable XLSX workbook.";
  public static final String NOT_UTF8 = "The file is not UTF-8 text. Save it as CSV UTF-8.";

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private Tabular() {}

  /** A file that cannot be read as a table; the message says what to do. */
  public static final class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The records of the file (the header first), with up to about {@code maxRows} rows beyond it;
   * refused as a whole when the file is empty, of another type or broken.
   */
  public static List<List<Object>> read(String fileName, byte[] content, int maxRows)
      throws UnreadableFileException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    if (content == null || content.length == 0) {
      throw new UnreadableFileException(EMPTY);
    }
    if (name.endsWith(".xlsx")) {
      if (!isZip(content)) {
        throw new UnreadableFileException(NOT_A_WORKBOOK);
      }
      try {
        return XlsxRecords.read(content, maxRows);
      } catch (XlsxRecords.TooBigException e) {
        throw new UnreadableFileException(TOO_BIG);
      } catch (IOException | RuntimeException e) {
        throw new UnreadableFileException(NOT_A_WORKBOOK);
      }
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      if (isZip(content) || isOle2(content)) {
        throw new UnreadableFileException(
            "The file is a spreadsheet, not CSV text: save it as .xlsx or as CSV UTF-8.");
      }
      try {
        return CsvRecords.read(content, maxRows);
      } catch (CharacterCodingException e) {
        throw new UnreadableFileException(NOT_UTF8);
      } catch (IllegalArgumentException e) {
        throw new UnreadableFileException(e.getMessage());
      }
    }
    if (name.endsWith(".xls") || isOle2(content)) {
      throw new UnreadableFileException(
          "Old Excel files (.xls) are not read: save the sheet as .xlsx or as CSV UTF-8.");
    }
    throw new UnreadableFileException(WRONG_TYPE);
  }

  /** A cell as trimmed text: numbers without exponent, nothing as "". */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString().strip();
  }

  /**
   * A number as people type it: {@code 1250.5}, {@code 1,250.50}, {@code 1.250,50}, {@code 1250,5},
   * {@code € 1 250}; null when it is not one.
   */
  public static BigDecimal number(String raw) {
    String text = raw.replaceAll("[\\s\u00a0'€$£]", "");
    if (text.isEmpty()) {
      return null;
    }
    int comma = text.lastIndexOf(',');
    int dot = text.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      text = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
    } else if (comma >= 0) {
      // One comma followed by 1 or 2 digits is a decimal comma; otherwise commas group thousands.
      text =
          text.matches("[-+]?\\d+,\\d{1,2}")
              ? text.replace(',', '.')
              : text.matches("[-+]?\\d{1,3}(,\\d{3})+") ? text.replace(",", "") : "x";
    } else if (dot >= 0 && text.matches("[-+]?\\d{1,3}(\\.\\d{3}){2,}")) {
      text = text.replace(".", ""); // 1.250.000
    }
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    return new BigDecimal(text);
  }

  /** Whether every cell of the record is empty. */
  public static boolean isBlank(List<Object> record) {
    return record.stream().allMatch(v -> text(v).isEmpty());
  }

  /** The cell of {@code record} at {@code column}; null beyond its end or for no column. */
  public static Object cell(List<Object> record, Integer column) {
    return column == null || column < 0 || column >= record.size() ? null : record.get(column);
  }

  private static boolean isZip(byte[] content) {
    return content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  private static boolean isOle2(byte[] content) {
    return content.length >= 4
        && (content[0] & 0xff) == 0xD0
        && (content[1] & 0xff) == 0xCF
        && (content[2] & 0xff) == 0x11
        && (content[3] & 0xff) == 0xE0;
  }
}
