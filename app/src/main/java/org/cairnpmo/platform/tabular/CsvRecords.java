package org.cairnpmo.platform.tabular;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file: UTF-8 text (a byte order mark is dropped), separated by commas or
 * semicolons (whichever the header uses), with RFC 4180 quoting.
 */
final class CsvRecords {

  private CsvRecords() {}

  static List<List<Object>> read(byte[] content, int maxRows) throws CharacterCodingException {
    return csv(decode(content), maxRows);
  }

  private static String decode(byte[] content) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(content))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Splits CSV text into records of fields (RFC 4180: fields in double quotes may hold separators,
   * line breaks and doubled quotes). The separator is the one of {@code ,} and {@code ;} that the
   * header line uses more often outside quotes.
   */
  static List<List<Object>> csv(String text, int maxRows) {
    char separator = separator(text);
    List<List<Object>> records = new ArrayList<>();
    List<Object> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        records.add(record);
        record = new ArrayList<>();
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (records.size() > maxRows + 1000) {
          return records; // the check reports the rows beyond the limit; the rest is not read
        }
      } else if (!wasQuoted || !Character.isWhitespace(c)) {
        if (wasQuoted) {
          throw new IllegalArgumentException(
              "Row "
                  + (records.size() + 1)
                  + ": text after a closing quote. Double the quotes"
                  + " inside a quoted field (\"\").");
        }
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "Row " + (records.size() + 1) + ": a quoted field is not closed.");
    }
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  private static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
