package org.cairnpmo.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void a_file_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
    byte[] bytes = new Csv("Code", "Name").row("A-1", "Zürich café").toBytes();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("Code,Name\r\nA-1,Zürich café\r\n");
  }

  @Test
  void commas_quotes_and_line_breaks_are_quoted_and_quotes_doubled() {
    assertThat(Csv.field("Smith, John")).isEqualTo("\"Smith, John\"");
    assertThat(Csv.field("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
    assertThat(Csv.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
    assertThat(Csv.field(null)).isEmpty();
  }

  @Test
  void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() {
    assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.field("+49 30 1234")).isEqualTo("'+49 30 1234");
    assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.field("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
    assertThat(Csv.field("\t=cmd")).isEqualTo("'\t=cmd");
    assertThat(Csv.field("=HYPERLINK(\"http://evil.example\",\"click\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    assertThat(Csv.field("A = B")).isEqualTo("A = B");
  }

  @Test
  void numbers_and_dates_stay_as_they_are_even_when_negative() {
    assertThat(Csv.field(new BigDecimal("-45000.00"))).isEqualTo("-45000.00");
    assertThat(Csv.field(-3)).isEqualTo("-3");
    assertThat(Csv.field(LocalDate.of(2027, 3, 1))).isEqualTo("2027-03-01");
  }
}
