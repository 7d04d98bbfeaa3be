package org.cairnpmo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.BusinessCaseView;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.RankingEntry;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.cairnpmo.portfolio.domain.TriageData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The printable business case (PDF, read back with PDFBox) and the ranking (XLSX, read back with
 * POI), with who may fetch them.
 */
class PortfolioDocumentsTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired ProposalService proposals;
  @Autowired EvaluationService evaluation;

  /** A proposal under evaluation, sponsored, serving an objective, scored by two who disagree. */
  private record Scored(ProposalView proposal, UserSummary author, UserSummary scorer) {}

  private Scored scoredProposal(UserSummary pmoUser) {
    CurrentUser pmo = current(pmoUser);
    CriteriaSetView set = activeDirectSet(pmo);
    ObjectiveView objective =
        strategy.defineObjective(
            new ObjectiveData(
                "Faster orders " + unique(), null, pmoUser.id(), "-20 %", null, null, null),
            pmo);
    UserSummary author = user(Role.MEMBER);
    UserSummary sponsor = user(Role.MEMBER);
    // The author's own: a proposal depends only on proposals its author may see.
    ProposalView before =
        proposals.create(proposalData("Needed first " + unique()), current(author));
    ProposalData base = proposalData("Order automation " + unique());
    ProposalData data =
        new ProposalData(
            base.title(),
            base.problem(),
            base.scope(),
            sponsor.id(),
            null,
            base.discountRatePercent(),
            base.currency(),
            null,
            null,
            List.of(new ProposalData.ObjectiveContribution(objective.id(), 4)),
            base.options(),
            base.costs(),
            base.benefits(),
            base.risks(),
            base.resourceDemand(),
            List.of(
                new ProposalData.Dependency(
                    DependencyKind.PROPOSAL, before.id(), "Shares its data model")),
            null);
    ProposalView p = proposals.create(data, current(author));
    p = proposals.submit(p.id(), p.version(), current(author));
    p =
        proposals.triage(
            p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
    UserSummary first = user(Role.MEMBER);
    UserSummary second = user(Role.MEMBER);
    evaluation.assignScorers(p.id(), List.of(first.id(), second.id()), pmo);
    List<Long> criteria = criterionIds(set);
    // Strategic value 5 and 2 (disagree on 1-5), delivery confidence 8 and 7 (agree on 0-10).
    score(p.id(), first, criteria, 5, 8);
    score(p.id(), second, criteria, 2, 7);
    return new Scored(proposals.get(p.id(), pmo), author, first);
  }

  private void score(long proposalId, UserSummary scorer, List<Long> criteria, int a, int b) {
    CurrentUser me = current(scorer);
    ScoreSheetView sheet =
        evaluation.saveMySheet(
            proposalId,
            new ScoreSheetData(
                List.of(
                    new ScoreSheetData.Entry(criteria.get(0), a, null),
                    new ScoreSheetData.Entry(criteria.get(1), b, "ok")),
                null),
            evaluation.mySheet(proposalId, me).version(),
            me);
    evaluation.submitMySheet(proposalId, sheet.version(), me);
  }

  private static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(amount);
  }

  private static String pdfText(MvcResult result) throws Exception {
    byte[] bytes = result.getResponse().getContentAsByteArray();
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void the_business_case_pdf_shows_the_figures_explained_with_the_evaluation_for_the_pmo()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Scored scored = scoredProposal(pmoUser);
    ProposalView p = scored.proposal();
    BusinessCaseView bc = p.businessCase();
    assertThat(bc.available()).isTrue();
    assertThat(bc.irr().kind()).isEqualTo("UNIQUE");

    MvcResult result =
        mvc.perform(get(API + "/proposals/" + p.id() + "/business-case.pdf").with(as(pmoUser)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        containsString(p.code().toLowerCase(Locale.ROOT) + "-business-case.pdf")))
            .andReturn();
    String text = pdfText(result);
    String irr = bc.irr().ratePercent().setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    assertThat(text)
        .contains("BUSINESS CASE " + p.code() + ": " + p.title())
        .contains("Business case " + p.code() + ", generated ")
        .contains("Sponsor " + p.sponsorName())
        .contains("Generated ")
        .contains("Net present value (NPV) " + money(bc.npv()) + " EUR")
        .contains("Internal rate of return (IRR) " + irr + " %")
        .contains("Payback period")
        .contains("Return on investment (ROI)")
        .contains("Discount rate 10.00 %")
        .contains("WHAT IT MEANS")
        .contains("Order entry is manual and slow.")
        .contains("Automate order entry for the EU shops.")
        .contains("Faster orders")
        .contains("Do nothing")
        .contains("Buy a package")
        .contains("Total " + money(bc.totalCapex()) + " " + money(bc.totalOpex()))
        .contains("Vendor delay 3 4 12")
        .contains("Developer FTE 2.5")
        .contains("Shares its data model")
        .contains("Weighted score 65.6 out of 100")
        .contains("from 2 of 2 scorers")
        .contains("Scorers disagree on 1 of 2 criteria")
        .contains("Strategic value")
        .contains("2-5")
        .contains("disagree")
        .contains("The proposal is under evaluation")
        .contains("Page 1 of");

    // The page offers the same document.
    mvc.perform(get("/portfolio/proposals/" + p.id()).with(PortfolioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "href=\"/portfolio/proposals/" + p.id() + "/business-case.pdf\"")));
    mvc.perform(
            get("/portfolio/proposals/" + p.id() + "/business-case.pdf")
                .with(PortfolioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
  }

  @Test
  void a_case_that_never_pays_back_says_there_is_no_irr() throws Exception {
    UserSummary author = user(Role.MEMBER);
    ProposalData base = proposalData("Compliance only " + unique());
    ProposalData data =
        new ProposalData(
            base.title(),
            base.problem(),
            null,
            null,
            null,
            base.discountRatePercent(),
            base.currency(),
            null,
            null,
            List.of(),
            List.of(),
            base.costs(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null);
    ProposalView p = proposals.create(data, current(author));
    assertThat(p.businessCase().irr().kind()).isEqualTo("NONE");
    String text =
        pdfText(
            mvc.perform(get(API + "/proposals/" + p.id() + "/business-case.pdf").with(as(author)))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(text)
        .contains("Internal rate of return (IRR) None")
        .contains("No IRR exists: " + p.businessCase().irr().explanation())
        .contains("Payback period Never")
        .contains("Not described.")
        .contains("No risks recorded.")
        .contains("has not been taken into evaluation yet")
        .contains("The proposal is draft");
  }

  @Test
  void the_business_case_pdf_is_for_those_who_may_see_the_proposal() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Scored scored = scoredProposal(pmoUser);
    long id = scored.proposal().id();
    String path = API + "/proposals/" + id + "/business-case.pdf";

    mvc.perform(get(path))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/portfolio/proposals/" + id + "/business-case.pdf"))
        .andExpect(status().is3xxRedirection());
    // Someone who may not see the proposal learns nothing: as if it did not exist.
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    mvc.perform(get(path).with(as(outsider)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            get("/portfolio/proposals/" + id + "/business-case.pdf")
                .with(PortfolioPageTest.signedIn(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(get(API + "/proposals/999999999/business-case.pdf").with(as(pmoUser)))
        .andExpect(status().isNotFound());

    // The author and a scorer may print it, without everyone's scores.
    for (UserSummary reader : List.of(scored.author(), scored.scorer())) {
      String text = pdfText(mvc.perform(get(path).with(as(reader))).andReturn());
      assertThat(text)
          .contains("shown to the PMO, administrators and executives only")
          .doesNotContain("Weighted score 65.6");
    }
    assertThat(pdfText(mvc.perform(get(path).with(as(user(Role.EXECUTIVE)))).andReturn()))
        .contains("Weighted score 65.6 out of 100");
  }

  @Test
  void the_ranking_xlsx_has_per_criterion_means_and_spreads_styled_frozen_and_filtered()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Scored scored = scoredProposal(pmoUser);
    ProposalView p = scored.proposal();
    RankingEntry entry =
        evaluation.ranking(current(pmoUser)).stream()
            .filter(e -> e.proposalId() == p.id())
            .findFirst()
            .orElseThrow();

    MvcResult result =
        mvc.perform(get(API + "/ranking.xlsx").with(as(user(Role.EXECUTIVE))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", XLSX))
            .andReturn();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      XSSFSheet sheet = book.getSheet("Ranking");
      Row head = sheet.getRow(0);
      List<String> headers = new ArrayList<>();
      head.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith(
              "Rank",
              "Code",
              "Proposal",
              "Department",
              "Sponsor",
              "Status",
              "Criteria set",
              "Weighted score (0-100)")
          .contains("Criteria with disagreement", "NPV", "Total cost", "Currency");
      assertThat(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");

      Row row = null;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (p.code().equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
          row = sheet.getRow(r);
        }
      }
      assertThat(row).as("the proposal's row").isNotNull();
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(entry.rank().doubleValue());
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo(p.title());
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Under evaluation");
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo(p.criteriaSetName());
      Cell score = row.getCell(7);
      assertThat(score.getNumericCellValue()).isCloseTo(65.625, within());
      assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(1);
      // The criteria of this proposal's set: find their columns by header.
      int value = headers.indexOf("Strategic value (1-5" + setSuffix(headers, p) + ") mean");
      int delivery =
          headers.indexOf("Delivery confidence (0-10" + setSuffix(headers, p) + ") mean");
      assertThat(value).isPositive();
      assertThat(row.getCell(value).getNumericCellValue()).isCloseTo(3.5, within());
      assertThat(row.getCell(value + 1).getNumericCellValue()).isEqualTo(3);
      assertThat(row.getCell(delivery).getNumericCellValue()).isCloseTo(7.5, within());
      assertThat(row.getCell(delivery + 1).getNumericCellValue()).isEqualTo(1);
      int npv = headers.indexOf("NPV");
      assertThat(row.getCell(npv).getNumericCellValue())
          .isCloseTo(p.businessCase().npv().doubleValue(), within());
      assertThat(row.getCell(npv).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(row.getCell(npv + 1).getNumericCellValue()).isEqualTo(110000);
      Sheet about = book.getSheet("About");
      assertThat(about.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Weighted score");
    }

    mvc.perform(get("/portfolio/ranking").with(PortfolioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/portfolio/ranking.xlsx\"")));
    mvc.perform(get("/portfolio/ranking.xlsx").with(PortfolioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", XLSX));
  }

  /** Criteria of several sets carry the set's name in their header. */
  private static String setSuffix(List<String> headers, ProposalView p) {
    return headers.stream().anyMatch(h -> h.contains(", " + p.criteriaSetName() + ")"))
        ? ", " + p.criteriaSetName()
        : "";
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }

  @Test
  void the_ranking_xlsx_is_for_the_pmo_administrators_and_executives() throws Exception {
    mvc.perform(get(API + "/ranking.xlsx"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/portfolio/ranking.xlsx")).andExpect(status().is3xxRedirection());
    for (Role role : List.of(Role.MEMBER, Role.PROJECT_MANAGER)) {
      UserSummary someone = user(role);
      mvc.perform(get(API + "/ranking.xlsx").with(as(someone)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
      mvc.perform(get("/portfolio/ranking.xlsx").with(PortfolioPageTest.signedIn(someone)))
          .andExpect(status().isForbidden());
    }
    for (Role role : List.of(Role.PMO, Role.ADMIN, Role.EXECUTIVE)) {
      mvc.perform(get(API + "/ranking.xlsx").with(as(user(role))))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Type", XLSX));
    }
  }
}
