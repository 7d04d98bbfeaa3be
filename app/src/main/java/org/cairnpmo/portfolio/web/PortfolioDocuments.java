package org.cairnpmo.portfolio.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.platform.documents.SheetStyles;
import org.cairnpmo.platform.documents.Workbooks;
import org.cairnpmo.portfolio.domain.EvaluationService.RankedEvaluation;
import org.cairnpmo.portfolio.domain.EvaluationView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.RankingEntry;
import org.springframework.stereotype.Component;

/**
 * Documents for management from proposals and their evaluation: the business case of one proposal
 * as PDF, and the ranking as XLSX. Pages and the API serve the same bytes.
 */
@Component
record PortfolioDocuments(PdfRenderer pdf, Clock clock) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static String businessCaseFilename(ProposalView p) {
    return p.code().toLowerCase(java.util.Locale.ROOT) + "-business-case.pdf";
  }

  /**
   * The business case of one proposal.
   *
   * @param evaluation the scores across scorers, or null when the reader may not see them or the
   *     proposal is not under evaluation yet ({@code p.permissions().seeScores()} tells which)
   */
  byte[] businessCase(ProposalView p, EvaluationView evaluation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("p", p);
    variables.put("bc", p.businessCase());
    variables.put("evaluation", evaluation);
    variables.put("demand", DemandTable.of(p.resourceDemand()));
    variables.put("generatedAt", STAMP.format(clock.instant()));
    return pdf.render("portfolio/business-case-report", variables);
  }

  /**
   * Resource demand as a table: one row per role and unit, one column per period.
   *
   * @param rows each row's amounts in the order of {@code periods}, null where nothing is needed
   */
  record DemandTable(List<String> periods, List<DemandRow> rows) {

    record DemandRow(String role, String unit, List<BigDecimal> amounts, BigDecimal total) {}

    static DemandTable of(List<ProposalData.ResourceDemand> lines) {
      TreeSet<String> periods = new TreeSet<>();
      Map<String, Map<String, BigDecimal>> byRole = new LinkedHashMap<>();
      Map<String, String[]> heads = new LinkedHashMap<>();
      for (ProposalData.ResourceDemand d : lines) {
        String period = d.period().trim();
        String unit = d.unit() == null ? "FTE" : d.unit().label();
        String key = d.role().trim().toLowerCase(java.util.Locale.ROOT) + "|" + unit;
        periods.add(period);
        heads.putIfAbsent(key, new String[] {d.role().trim(), unit});
        byRole
            .computeIfAbsent(key, k -> new HashMap<>())
            .merge(period, d.amount(), BigDecimal::add);
      }
      List<String> cols = new ArrayList<>(periods);
      List<DemandRow> rows = new ArrayList<>();
      byRole.forEach(
          (key, amounts) -> {
            List<BigDecimal> row = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (String period : cols) {
              BigDecimal a = amounts.get(period);
              row.add(a);
              total = a == null ? total : total.add(a);
            }
            rows.add(new DemandRow(heads.get(key)[0], heads.get(key)[1], row, total));
          });
      return new DemandTable(cols, rows);
    }
  }

  /**
   * The ranking as a workbook: one row per proposal with its weighted score, the mean and the
   * spread (highest minus lowest rating) of every criterion, value and cost; and a sheet that
   * explains the columns.
   */
  byte[] ranking(List<RankedEvaluation> ranking) {
    Instant at = clock.instant();
    // One pair of columns per criterion, in the order of the sets as they first appear; criteria
    // of different sets stay apart because their scales and weights differ.
    Map<Long, String> criteria = new LinkedHashMap<>();
    long sets =
        ranking.stream()
            .map(r -> r.entry().criteriaSetName())
            .filter(java.util.Objects::nonNull)
            .distinct()
            .count();
    for (RankedEvaluation r : ranking) {
      if (r.evaluation() == null) {
        continue;
      }
      for (EvaluationView.CriterionResult c : r.evaluation().criteria()) {
        criteria.putIfAbsent(
            c.criterionId(),
            c.criterion()
                + " ("
                + c.scaleMin()
                + "-"
                + c.scaleMax()
                + (sets > 1 ? ", " + r.evaluation().criteriaSetName() : "")
                + ")");
      }
    }
    return Workbooks.xlsx(
        book -> {
          SheetStyles styles = new SheetStyles(book);
          Sheet sheet = book.createSheet("Ranking");
          List<String> headers =
              new ArrayList<>(
                  List.of(
                      "Rank",
                      "Code",
                      "Proposal",
                      "Department",
                      "Sponsor",
                      "Status",
                      "Criteria set",
                      "Weighted score (0-100)",
                      "Scorers submitted",
                      "Scorers assigned",
                      "Criteria with disagreement"));
          int firstCriterion = headers.size();
          for (String name : criteria.values()) {
            headers.add(name + " mean");
            headers.add(name + " spread");
          }
          int npvColumn = headers.size();
          headers.addAll(List.of("NPV", "Total cost", "Currency"));
          Row head = sheet.createRow(0);
          for (int i = 0; i < headers.size(); i++) {
            SheetStyles.text(head, i, headers.get(i), styles.header);
          }
          int r = 1;
          for (RankedEvaluation ranked : ranking) {
            RankingEntry e = ranked.entry();
            Row row = sheet.createRow(r++);
            SheetStyles.number(row, 0, e.rank(), styles.integer);
            SheetStyles.text(row, 1, e.code(), null);
            SheetStyles.text(row, 2, e.title(), null);
            SheetStyles.text(row, 3, e.departmentName(), null);
            SheetStyles.text(row, 4, e.sponsorName(), null);
            SheetStyles.text(
                row,
                5,
                ranked.evaluation() == null
                    ? "Under evaluation"
                    : ranked.evaluation().status().label(),
                null);
            SheetStyles.text(row, 6, e.criteriaSetName(), null);
            SheetStyles.number(row, 7, e.weightedScore(), styles.decimal);
            SheetStyles.number(row, 8, e.submittedSheets(), styles.integer);
            SheetStyles.number(row, 9, e.assignedSheets(), styles.integer);
            SheetStyles.number(row, 10, e.disagreements(), styles.integer);
            Map<Long, EvaluationView.CriterionResult> own = new HashMap<>();
            if (ranked.evaluation() != null) {
              ranked.evaluation().criteria().forEach(c -> own.put(c.criterionId(), c));
            }
            int col = firstCriterion;
            for (Long id : criteria.keySet()) {
              EvaluationView.CriterionResult c = own.get(id);
              SheetStyles.number(row, col++, c == null ? null : c.mean(), styles.decimal);
              SheetStyles.number(
                  row,
                  col++,
                  c == null || c.max() == null ? null : c.max() - c.min(),
                  styles.integer);
            }
            SheetStyles.number(row, npvColumn, e.npv(), styles.money);
            SheetStyles.number(row, npvColumn + 1, e.totalCost(), styles.money);
            SheetStyles.text(row, npvColumn + 2, e.currency(), null);
          }
          sheet.createFreezePane(0, 1);
          int lastRow = Math.max(1, r - 1);
          sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, headers.size() - 1));
          for (int i = 0; i < headers.size(); i++) {
            sheet.autoSizeColumn(i);
            // Long criterion headers wrap instead of widening the column past reason.
            sheet.setColumnWidth(
                i, Math.min(Math.max(sheet.getColumnWidth(i), 10 * 256), 40 * 256));
          }

          Sheet about = book.createSheet("About");
          String[][] notes = {
            {"Ranking of proposals under evaluation", null},
            {"Generated", STAMP.format(at)},
            {
              "Rank",
              "Best weighted score first; proposals without submitted scores come last, without a"
                  + " rank."
            },
            {
              "Weighted score",
              "Each criterion's mean rating, normalised to 0-1 on its scale, times the criterion's"
                  + " weight, summed and multiplied by 100. Only submitted score sheets count."
            },
            {
              "Mean and spread per criterion",
              "The mean of the submitted ratings on the criterion's scale (shown in the header), and"
                  + " the spread: highest minus lowest rating. A wide spread means the scorers"
                  + " disagree; it is shown, not averaged away."
            },
            {
              "Criteria with disagreement",
              "How many criteria have a spread of more than a quarter of their scale."
            },
            {
              "Criteria set",
              "The set of weighted criteria the proposal was scored against: the one active when it"
                  + " was taken into evaluation."
            },
            {
              "NPV",
              "Net present value of the proposal's benefits minus costs, discounted at its discount"
                  + " rate; the first period is not discounted."
            },
            {"Total cost", "Capital and operating costs over all periods, undiscounted."}
          };
          for (int i = 0; i < notes.length; i++) {
            Row row = about.createRow(i);
            SheetStyles.text(row, 0, notes[i][0], i == 0 ? styles.title : styles.header);
            SheetStyles.text(row, 1, notes[i][1], styles.wrapped);
          }
          about.setColumnWidth(0, 32 * 256);
          about.setColumnWidth(1, 90 * 256);
        });
  }
}
