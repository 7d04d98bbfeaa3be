package org.cairnpmo.reporting.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV document as spreadsheet programs read it: UTF-8 with a byte-order mark (without it Excel
 * guesses a legacy code page and garbles accents), comma separated, CRLF line ends (RFC 4180),
 * fields quoted when they hold a comma, quote or line break.
 *
 * <p>Text that a spreadsheet would run as a formula (starting with {@code = + - @}, or a tab or
 * carriage return that some programs strip first) gets a leading apostrophe, so a risk titled
 * {@code =HYPERLINK(...)} stays text when the PMO opens the file (CSV injection). Numbers are
 * written as numbers and never prefixed, so negative amounts stay negative.
 */
public final class Csv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<String> lines = new ArrayList<>();

  public Csv(String... headers) {
    row((Object[]) headers);
  }

  /** A table headed by {@code columns}, a line for each of {@code rows}. */
  static <T> Csv of(List<Column<T>> columns, Iterable<? extends T> rows) {
    return new Csv(Column.headers(columns).toArray(String[]::new)).rows(columns, rows);
  }

  /** Appends a line for each of {@code rows}, in the columns the header named. */
  <T> Csv rows(List<Column<T>> columns, Iterable<? extends T> rows) {
    for (T row : rows) {
      row(Column.cells(columns, row));
    }
    return this;
  }

  /** Appends a row; null is an empty field, numbers are written plainly, the rest as text. */
  public Csv row(Object... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields[i]));
    }
    lines.add(line.toString());
    return this;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    for (String line : lines) {
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    return out.toByteArray();
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
      return quote(value.toString());
    }
    return quote(neutralize(value.toString()));
  }

  /** Prefixes text that a spreadsheet would evaluate as a formula. */
  static String neutralize(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String quote(String text) {
    boolean needs =
        text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
            || (!text.isEmpty() && (text.charAt(0) == ' ' || text.endsWith(" ")));
    return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public String toString() {
    return String.join("\r\n", lines) + "\r\n";
  }
}
