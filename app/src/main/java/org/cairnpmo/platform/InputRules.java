package org.cairnpmo.platform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits every value crossing Cairn's boundary (API body, form, query parameter, imported file)
 * must respect, whatever field it lands in. Kept in one place so that the API, the pages and the
 * imports refuse exactly the same things with the same words.
 */
public final class InputRules {

  /** The earliest date Cairn accepts: older dates are typing mistakes in a project portfolio. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date Cairn accepts: both databases store every date in this range exactly. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

  /**
   * The largest amount of money any field holds (15 digits before the point, as the register's
   * budget): a sum of amounts that becomes one amount elsewhere (a proposal's total cost becomes
   * the project's budget) must stay within it too.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");

  public static final String DATE_RANGE_MESSAGE = "Use a date between 1900-01-01 and 2200-12-31.";

  public static final String CONTROL_CHARACTER_MESSAGE =
      "Remove the control characters (invisible characters such as U+0000) from this text.";

  private InputRules() {}

  public static boolean isSaneDate(LocalDate date) {
    return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE));
  }

  /**
   * Whether the text holds a control character other than tab, line feed and carriage return: they
   * have no meaning in a name or a report, break XML-based documents (PDF) and hide content.
   */
  public static boolean hasControlCharacter(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isForbiddenControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isForbiddenControl(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** The text without forbidden control characters: for documents rendered from stored text. */
  public static String withoutControlCharacters(String text) {
    if (!hasControlCharacter(text)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isForbiddenControl(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }
}
