package org.cairnpmo.budgets.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
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
import org.cairnpmo.platform.InputRules;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads actual costs from a CSV or XLSX file and checks every row. The first row names the columns
 * (in any order, any case): {@code period} or {@code date} (or both), {@code category}, {@code cost
 * type} ({@code capex/opex}), {@code amount}, and optionally {@code description} and {@code
 * reference}. CSV may be separated by commas or semicolons (whichever the header uses), with RFC
 * 4180 quoting; amounts may use a decimal comma. Nothing here touches the database: the result is
 * either every row or every problem.
 */
public final class ActualsImport {

  public static final int MAX_ROWS = 10_000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** The columns a file may have. */
  enum Column {
    PERIOD("period"),
    DATE("date"),
    CATEGORY("category"),
    COST_TYPE("cost type"),
    AMOUNT("amount"),
    DESCRIPTION("description"),
    REFERENCE("reference");

    final String label;

    Column(String label) {
      this.label = label;
    }

    static Optional<Column> named(String header) {
      String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
      return Optional.ofNullable(
          switch (key) {
            case "period", "month" -> PERIOD;
            case "date", "bookedon", "bookingdate" -> DATE;
            case "category" -> CATEGORY;
            case "costtype", "capexopex", "type" -> COST_TYPE;
            case "amount" -> AMOUNT;
            case "description" -> DESCRIPTION;
            case "reference", "ref" -> REFERENCE;
            default -> null;
          });
    }
  }

  /** Every row of the file, or every problem found (then rows are of no use). */
  public record Result(List<ActualData> rows, List<RowProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ActualsImport() {}

  public static Result read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (content == null || content.length == 0) {
      return failed("The file is empty.");
    }
    List<List<Object>> records;
    if (name.endsWith(".xlsx")) {
      try {
        records = xlsx(content);
      } catch (TooBigException e) {
        return failed(TOO_BIG);
      } catch (IOException | RuntimeException e) {
        return failed("The file is not a readable XLSX workbook.");
      }
    } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
      try {
        records = csv(decode(content));
      } catch (CharacterCodingException e) {
        return failed("The file is not UTF-8 text. Save it as CSV UTF-8.");
      } catch (IllegalArgumentException e) {
        return failed(e.getMessage());
      }
    } else {
      return failed("Upload a .csv or .xlsx file.");
    }
    return check(records);
  }

  private static Result failed(String message) {
    return new Result(List.of(), List.of(new RowProblem(0, null, message)));
  }

  // ---------------------------------------------------------------- checking

  static Result check(List<List<Object>> records) {
    List<RowProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      return failed("The file is empty: the first row must name the columns.");
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<Object> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      String title = text(header.get(i));
      if (title.isEmpty()) {
        continue;
      }
      Optional<Column> column = Column.named(title);
      if (column.isEmpty()) {
        problems.add(
            new RowProblem(
                1,
                title,
                "Unknown column '"
                    + title
                    + "'. Use period, date, category, cost type, amount, description,"
                    + " reference."));
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        problems.add(new RowProblem(1, title, "The column '" + title + "' appears twice."));
      }
    }
    for (Column required : List.of(Column.CATEGORY, Column.COST_TYPE, Column.AMOUNT)) {
      if (!columns.containsKey(required)) {
        problems.add(
            new RowProblem(1, required.label, "The column '" + required.label + "' is missing."));
      }
    }
    if (!columns.containsKey(Column.PERIOD) && !columns.containsKey(Column.DATE)) {
      problems.add(new RowProblem(1, "period", "A column 'period' (YYYY-MM) or 'date' is needed."));
    }
    if (!problems.isEmpty()) {
      return new Result(List.of(), problems);
    }
    List<ActualData> rows = new ArrayList<>();
    int dataRows = 0;
    for (int r = 1; r < records.size(); r++) {
      List<Object> record = records.get(r);
      if (record.stream().allMatch(v -> text(v).isEmpty())) {
        continue;
      }
      dataRows++;
      if (dataRows > MAX_ROWS) {
        problems.add(new RowProblem(r + 1, null, "A file may hold at most " + MAX_ROWS + " rows."));
        break;
      }
      ActualData row = row(r + 1, record, columns, problems);
      if (row != null) {
        rows.add(row);
      }
    }
    if (dataRows == 0 && problems.isEmpty()) {
      return failed("The file has a header but no rows of costs.");
    }
    return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
  }

  private static ActualData row(
      int number, List<Object> record, Map<Column, Integer> columns, List<RowProblem> problems) {
    int before = problems.size();
    for (Map.Entry<Column, Integer> column : columns.entrySet()) {
      if (value(record, column.getValue()) instanceof String text
          && InputRules.hasControlCharacter(text)) {
        problems.add(
            new RowProblem(number, column.getKey().label, InputRules.CONTROL_CHARACTER_MESSAGE));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    Object periodValue = value(record, columns.get(Column.PERIOD));
    Object dateValue = value(record, columns.get(Column.DATE));
    YearMonth period = null;
    if (periodValue instanceof LocalDate date) {
      period = YearMonth.from(date); // a spreadsheet turned "2027-03" into a date
      if (!Periods.inRange(period)) {
        problems.add(new RowProblem(number, "period", "'" + date + "': " + Periods.HINT));
        period = null;
      }
    } else if (!text(periodValue).isEmpty()) {
      period = Periods.parse(text(periodValue)).orElse(null);
      if (period == null) {
        problems.add(
            new RowProblem(number, "period", "'" + text(periodValue) + "': " + Periods.HINT));
      }
    }
    LocalDate date = null;
    if (dateValue instanceof LocalDate d) {
      date = d;
    } else if (!text(dateValue).isEmpty()) {
      try {
        date = LocalDate.parse(text(dateValue));
      } catch (DateTimeParseException e) {
        problems.add(
            new RowProblem(
                number, "date", "'" + text(dateValue) + "' is not a date: use YYYY-MM-DD."));
      }
    }
    if (date != null && !Periods.inRange(YearMonth.from(date))) {
      problems.add(new RowProblem(number, "date", "The date must lie between 2000 and 2100."));
      date = null;
    }
    if (date != null && period != null && !YearMonth.from(date).equals(period)) {
      problems.add(
          new RowProblem(
              number,
              "date",
              "The date " + date + " is not in the period " + Periods.format(period) + "."));
    }
    if (text(periodValue).isEmpty()
        && text(dateValue).isEmpty()
        && !(periodValue instanceof LocalDate)) {
      problems.add(new RowProblem(number, "period", "Give the period (YYYY-MM) or the date."));
    }
    CostCategory category =
        choice(number, "category", value(record, columns.get(Column.CATEGORY)), problems);
    CostType costType = costType(number, value(record, columns.get(Column.COST_TYPE)), problems);
    BigDecimal amount = amount(number, value(record, columns.get(Column.AMOUNT)), problems);
    String description = optional(value(record, columns.get(Column.DESCRIPTION)));
    String reference = optional(value(record, columns.get(Column.REFERENCE)));
    if (description != null && description.length() > 500) {
      problems.add(
          new RowProblem(number, "description", "Keep the description to 500 characters."));
    }
    if (reference != null && reference.length() > 100) {
      problems.add(new RowProblem(number, "reference", "Keep the reference to 100 characters."));
    }
    if (problems.size() > before) {
      return null;
    }
    String periodText = period != null ? Periods.format(period) : Periods.of(date);
    return new ActualData(date, periodText, category, costType, amount, description, reference);
  }

  private static CostCategory choice(
      int number, String column, Object value, List<RowProblem> problems) {
    String text = text(value).toUpperCase(Locale.ROOT);
    if (text.equals("LABOR")) {
      text = "LABOUR";
    }
    for (CostCategory c : CostCategory.values()) {
      if (c.name().equals(text)) {
        return c;
      }
    }
    problems.add(
        new RowProblem(
            number,
            column,
            text.isEmpty()
                ? "The category is missing: use LABOUR, MATERIAL or OTHER."
                : "'" + text(value) + "' is not a category: use LABOUR, MATERIAL or OTHER."));
    return null;
  }

  private static CostType costType(int number, Object value, List<RowProblem> problems) {
    String text = text(value).toUpperCase(Locale.ROOT);
    for (CostType t : CostType.values()) {
      if (t.name().equals(text)) {
        return t;
      }
    }
    problems.add(
        new RowProblem(
            number,
            "cost type",
            text.isEmpty()
                ? "The cost type is missing: use CAPEX or OPEX."
                : "'" + text(value) + "' is not a cost type: use CAPEX or OPEX."));
    return null;
  }

  private static BigDecimal amount(int number, Object value, List<RowProblem> problems) {
    BigDecimal amount = value instanceof BigDecimal d ? d : number(text(value));
    if (amount == null) {
      problems.add(
          new RowProblem(
              number,
              "amount",
              text(value).isEmpty()
                  ? "The amount is missing."
                  : "'" + text(value) + "' is not an amount: use a number such as 1250.50."));
      return null;
    }
    String problem = amountProblem(amount);
    if (problem != null) {
      problems.add(new RowProblem(number, "amount", problem));
      return null;
    }
    return amount.setScale(2);
  }

  /** What is wrong with an amount of actual cost, or null. */
  public static String amountProblem(BigDecimal amount) {
    if (amount.signum() == 0) {
      return "The amount must not be zero.";
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return "Use at most two decimals (cents).";
    }
    if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
      return "The amount is too large.";
    }
    return null;
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

  private static Object value(List<Object> record, Integer column) {
    return column == null || column >= record.size() ? null : record.get(column);
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString().strip();
  }

  private static String optional(Object value) {
    String text = text(value);
    return text.isEmpty() ? null : text;
  }

  // ---------------------------------------------------------------- CSV

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
  static List<List<Object>> csv(String text) {
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
        if (records.size() > MAX_ROWS + 1000) {
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

  // ---------------------------------------------------------------- XLSX

  /**
   * The most a workbook may unpack to. An import of {@value #MAX_ROWS} rows takes a few megabytes
   * of XML; anything far bigger is a mistake or a zip bomb (1.3 MB that unpacked to a 91 MB sheet
   * and, three at once, exhausted the heap).
   */
  static final long MAX_UNPACKED_BYTES = 25L * 1024 * 1024;

  static final String TOO_BIG =
      "The workbook unpacks to more than "
          + MAX_UNPACKED_BYTES / (1024 * 1024)
          + " MB, far more than "
          + MAX_ROWS
          + " rows of costs need. Keep only the sheet of costs (no images or other sheets), or save"
          + " it as CSV.";

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
      super(TOO_BIG);
    }
  }

  /**
   * The first sheet's rows; numbers as BigDecimal, date cells as LocalDate, the rest as text. The
   * sheet is read as a stream of XML events, row by row, never as a whole workbook in memory, and
   * only once the whole file is known to unpack to at most {@link #MAX_UNPACKED_BYTES}.
   */
  static List<List<Object>> xlsx(byte[] content) throws IOException {
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
            new XSSFSheetXMLHandler(styles, strings, new Rows(records), new TypedValues(), false));
        parser.parse(new InputSource(sheet));
      } catch (Rows.Enough e) {
        // The check reports the rows beyond the limit; the rest is not read.
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException("Not a readable workbook", e);
    }
    // Trailing empty rows are not rows.
    while (!records.isEmpty()
        && records.get(records.size() - 1).stream().allMatch(v -> text(v).isEmpty())) {
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
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Stops reading a sheet longer than any import may be. */
    static final class Enough extends RuntimeException {
      Enough() {
        super(null, null, false, false);
      }
    }

    private final List<List<Object>> records;
    private List<Object> current;

    Rows(List<List<Object>> records) {
      this.records = records;
    }

    @Override
    public void startRow(int rowNum) {
      if (rowNum > MAX_ROWS + 1000) {
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
