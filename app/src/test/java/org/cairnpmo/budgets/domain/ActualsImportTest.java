package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.tabular.RowProblem;
import org.junit.jupiter.api.Test;

class ActualsImportTest {

  private static ActualsImport.Result csv(String text) {
    return ActualsImport.read("costs.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_good_csv_with_commas_and_quotes_gives_every_row() {
    ActualsImport.Result result =
        csv(
            "period,date,category,cost type,amount,description,reference\n"
                + "2027-01,,LABOUR,OPEX,1250.50,\"Consultants, January\",INV-1\n"
                + ",2027-02-14,material,capex,\"3,400.00\",\"Servers \"\"rack A\"\"\",PO-7\r\n"
                + "\n"
                + "2027-03,2027-03-31,Other,Opex,-50,\"Credit note\nsecond line\",\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .containsExactly(
            new ActualData(
                null,
                "2027-01",
                CostCategory.LABOUR,
                CostType.OPEX,
                new BigDecimal("1250.50"),
                "Consultants, January",
                "INV-1"),
            new ActualData(
                LocalDate.of(2027, 2, 14),
                "2027-02",
                CostCategory.MATERIAL,
                CostType.CAPEX,
                new BigDecimal("3400.00"),
                "Servers \"rack A\"",
                "PO-7"),
            new ActualData(
                LocalDate.of(2027, 3, 31),
                "2027-03",
                CostCategory.OTHER,
                CostType.OPEX,
                new BigDecimal("-50.00"),
                "Credit note\nsecond line",
                null));
  }

  @Test
  void a_semicolon_csv_with_decimal_commas_and_a_bom_is_read() {
    ActualsImport.Result result =
        csv(
            "\uFEFFPeriod;Category;Capex/Opex;Amount\n2027-05;Labour;OPEX;1.250,75\n2027-05;OTHER;CAPEX;99,5\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .extracting(ActualData::amount)
        .containsExactly(new BigDecimal("1250.75"), new BigDecimal("99.50"));
  }

  @Test
  void every_wrong_row_is_reported_with_its_number_and_nothing_is_kept() {
    ActualsImport.Result result =
        csv(
            "period,date,category,cost type,amount,description\n"
                + "2027-01,,LABOUR,OPEX,100,fine\n"
                + "2027-13,,LABOUR,OPEX,100,bad month\n"
                + ",2027-02-30,LABOUR,OPEX,100,bad date\n"
                + "2027-01,2027-02-01,LABOUR,OPEX,100,date outside period\n"
                + ",,LABOUR,OPEX,100,no period\n"
                + "2027-01,,FOOD,OPEX,100,bad category\n"
                + "2027-01,,LABOUR,BOTH,100,bad cost type\n"
                + "2027-01,,LABOUR,OPEX,abc,bad amount\n"
                + "2027-01,,LABOUR,OPEX,0,zero\n"
                + "2027-01,,LABOUR,OPEX,1.234,three decimals\n"
                + "2027-01,,LABOUR,OPEX,,missing amount\n"
                + "2027-01,,,,5,two problems\n");

    assertThat(result.ok()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::row, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "period"),
            org.assertj.core.groups.Tuple.tuple(4, "date"),
            org.assertj.core.groups.Tuple.tuple(5, "date"),
            org.assertj.core.groups.Tuple.tuple(6, "period"),
            org.assertj.core.groups.Tuple.tuple(7, "category"),
            org.assertj.core.groups.Tuple.tuple(8, "cost type"),
            org.assertj.core.groups.Tuple.tuple(9, "amount"),
            org.assertj.core.groups.Tuple.tuple(10, "amount"),
            org.assertj.core.groups.Tuple.tuple(11, "amount"),
            org.assertj.core.groups.Tuple.tuple(12, "amount"),
            org.assertj.core.groups.Tuple.tuple(13, "category"),
            org.assertj.core.groups.Tuple.tuple(13, "cost type"));
    assertThat(result.problems().get(0).message()).contains("2027-13").contains("YYYY-MM");
  }

  @Test
  void a_header_without_the_needed_columns_is_refused() {
    ActualsImport.Result result = csv("month,categry,amount\n2027-01,LABOUR,5\n");

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::row, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1,
                "Unknown column 'categry'. Use period, date,"
                    + " category, cost type, amount, description, reference."),
            org.assertj.core.groups.Tuple.tuple(1, "The column 'category' is missing."),
            org.assertj.core.groups.Tuple.tuple(1, "The column 'cost type' is missing."));
  }

  @Test
  void empty_unknown_and_broken_files_are_refused_as_a_whole() {
    assertThat(csv("").problems())
        .extracting(RowProblem::message)
        .containsExactly("The file is empty.");
    assertThat(csv("period,category,cost type,amount\n").problems())
        .extracting(RowProblem::message)
        .containsExactly("The file has a header but no rows of costs.");
    assertThat(csv("period,category,cost type,amount\n2027-01,LABOUR,OPEX,\"12\n").problems())
        .extracting(RowProblem::message)
        .containsExactly("Row 2: a quoted field is not closed.");
    assertThat(ActualsImport.read("costs.pdf", new byte[] {1}).problems())
        .extracting(RowProblem::message)
        .containsExactly("Upload a .csv or .xlsx file.");
    assertThat(ActualsImport.read("costs.xlsx", new byte[] {1, 2, 3}).problems())
        .extracting(RowProblem::message)
        .containsExactly("The file is not a readable XLSX workbook.");
    assertThat(
            ActualsImport.read("costs.csv", new byte[] {'a', (byte) 0xC3, (byte) 0x28}).problems())
        .extracting(RowProblem::row)
        .containsExactly(0);
  }

  @Test
  void an_xlsx_with_numbers_dates_and_text_is_read_and_its_bad_rows_reported() throws Exception {
    byte[] good =
        ActualsImportTestSupport.workbook(
            List.of(
                List.of("Date", "Category", "Cost type", "Amount", "Description", "Reference"),
                List.of(LocalDate.of(2027, 4, 15), "LABOUR", "OPEX", 1500.25, "April team", "T-4"),
                List.of("2027-04-20", "Material", "CAPEX", 2000, "Laptops", "")));
    ActualsImport.Result result = ActualsImport.read("costs.xlsx", good);
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .extracting(ActualData::date, ActualData::period, ActualData::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2027, 4, 15), "2027-04", new BigDecimal("1500.25")),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2027, 4, 20), "2027-04", new BigDecimal("2000.00")));

    byte[] bad =
        ActualsImportTestSupport.workbook(
            List.of(
                List.of("Period", "Category", "Cost type", "Amount"),
                List.of("2027-04", "LABOUR", "OPEX", 10),
                List.of("April", "LABOUR", "OPEX", 10),
                List.of("2027-04", "LABOUR", "OPEX", "ten")));
    assertThat(ActualsImport.read("costs.xlsx", bad).problems())
        .extracting(RowProblem::row, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "period"),
            org.assertj.core.groups.Tuple.tuple(4, "amount"));
  }

  @Test
  void amounts_are_read_as_people_type_them() {
    assertThat(ActualsImport.number("1250.5")).isEqualByComparingTo("1250.5");
    assertThat(ActualsImport.number("1,250.50")).isEqualByComparingTo("1250.50");
    assertThat(ActualsImport.number("1.250,50")).isEqualByComparingTo("1250.50");
    assertThat(ActualsImport.number("€ 1 250")).isEqualByComparingTo("1250");
    assertThat(ActualsImport.number("1.250.000")).isEqualByComparingTo("1250000");
    assertThat(ActualsImport.number("-7,5")).isEqualByComparingTo("-7.5");
    assertThat(ActualsImport.number("12,3456")).isNull();
    assertThat(ActualsImport.number("1e5")).isNull();
    assertThat(ActualsImport.number("")).isNull();
  }

  private static final List<List<Object>> HEADER_AND_ROW =
      List.of(
          List.of("Period", "Category", "Cost type", "Amount"),
          List.of("2027-03", "LABOUR", "OPEX", 300));

  @Test
  void a_workbook_that_unpacks_beyond_the_limit_is_refused_before_it_is_read() throws Exception {
    byte[] bomb =
        ActualsImportTestSupport.inflatedWorkbook(
            HEADER_AND_ROW, org.cairnpmo.platform.tabular.Tabular.MAX_UNPACKED_BYTES * 4);
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
    ActualsImport.Result result = ActualsImport.read("costs.xlsx", bomb);
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::row, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, org.cairnpmo.platform.tabular.Tabular.TOO_BIG));
  }

  @Test
  void a_large_workbook_under_the_limit_is_read_row_by_row() throws Exception {
    java.util.Random random = new java.util.Random(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    byte[] large =
        ActualsImportTestSupport.inflatedWorkbook(HEADER_AND_ROW, 3 * 1024 * 1024, text.toString());
    ActualsImport.Result result = ActualsImport.read("costs.xlsx", large);
    // The padding rows hold only a text in a column the import does not know: they are rows
    // without period, category, cost type or amount.
    assertThat(result.problems()).isNotEmpty();
    assertThat(result.problems().get(0).row()).isEqualTo(3);
  }

  @Test
  void text_with_control_characters_and_dates_out_of_range_are_refused_with_their_row()
      throws Exception {
    ActualsImport.Result result =
        csv(
            "period,category,cost type,amount,description\n"
                + "2027-01,LABOUR,OPEX,100,fine\n"
                + "2027-01,LABOUR,OPEX,100,bell\u0007here\n"
                + "2027-01,LABOUR,OPEX,100,\u0085next line\n");
    assertThat(result.problems())
        .extracting(RowProblem::row, RowProblem::column, RowProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3, "description", org.cairnpmo.platform.InputRules.CONTROL_CHARACTER_MESSAGE),
            org.assertj.core.groups.Tuple.tuple(
                4, "description", org.cairnpmo.platform.InputRules.CONTROL_CHARACTER_MESSAGE));

    byte[] xlsx =
        ActualsImportTestSupport.workbook(
            List.of(
                List.of("Period", "Date", "Category", "Cost type", "Amount"),
                List.of(LocalDate.of(1850, 3, 1), "", "LABOUR", "OPEX", 10),
                List.of("", LocalDate.of(2250, 1, 1), "LABOUR", "OPEX", 10),
                List.of(LocalDate.of(2027, 3, 1), "", "LABOUR", "OPEX", 10)));
    assertThat(ActualsImport.read("costs.xlsx", xlsx).problems())
        .extracting(RowProblem::row, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "period"),
            org.assertj.core.groups.Tuple.tuple(3, "date"));
  }
}
