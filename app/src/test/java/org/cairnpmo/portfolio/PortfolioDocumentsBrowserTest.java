package org.cairnpmo.portfolio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.portfolio.selection.Objective;
import org.cairnpmo.portfolio.selection.ScenarioData;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents for management in a real headless Chromium: the PMO opens a proposal and clicks its
 * business case (PDF), then the ranking and clicks its XLSX; a scenario page shows the
 * prerequisites that come from proposal dependencies. Screenshots (and the PDF's pages as images)
 * go to {@code target/screenshots/documents-*.png}.
 */
class PortfolioDocumentsBrowserTest extends BrowserTest {

  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  @Autowired StrategyService strategy;
  @Autowired ProposalService proposals;
  @Autowired ScenarioService scenarios;

  @Test
  void the_pmo_downloads_a_business_case_and_the_ranking() throws Exception {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    CurrentUser me = current(pmo);
    activeSet(me);
    ProposalView p = evaluated("Warehouse scanning", me, List.of());

    {
      Page page = window();
      signInTo(page, pmo, "/portfolio/proposals/" + p.id());
      Locator pdfLink =
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Business case of"));
      assertThat(pdfLink).isVisible();
      shot(page, "documents-01-proposal");
      AtomicReference<Download> download = new AtomicReference<>();
      Response response =
          page.waitForResponse(
              r -> r.url().endsWith("/portfolio/proposals/" + p.id() + "/business-case.pdf"),
              () -> download.set(page.waitForDownload(pdfLink::click)));
      org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type"))
          .isEqualTo("application/pdf");
      org.assertj.core.api.Assertions.assertThat(download.get().suggestedFilename())
          .isEqualTo(p.code().toLowerCase() + "-business-case.pdf");
      byte[] pdf = Files.readAllBytes(download.get().path());
      org.assertj.core.api.Assertions.assertThat(
              new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      render(pdf, "documents-03-business-case");

      page.navigate(url("/portfolio/ranking"));
      Locator xlsxLink =
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ranking (XLSX)"));
      assertThat(xlsxLink).isVisible();
      shot(page, "documents-02-ranking");
      AtomicReference<Download> sheet = new AtomicReference<>();
      Response xlsx =
          page.waitForResponse(
              r -> r.url().endsWith("/portfolio/ranking.xlsx"),
              () -> sheet.set(page.waitForDownload(xlsxLink::click)));
      org.assertj.core.api.Assertions.assertThat(xlsx.status()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(xlsx.headerValue("content-type"))
          .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      org.assertj.core.api.Assertions.assertThat(sheet.get().suggestedFilename())
          .isEqualTo("ranking.xlsx");
    }
  }

  @Test
  void the_scenario_page_shows_the_prerequisites_that_come_from_proposal_dependencies() {
    UserSummary pmo = person(Role.PMO, "Pablo Ortiz");
    CurrentUser me = current(pmo);
    activeSet(me);
    ProposalView base = evaluated("Data platform", me, List.of());
    ProposalView feature =
        evaluated(
            "Customer insights",
            me,
            List.of(new ProposalData.Dependency(DependencyKind.PROPOSAL, base.id(), "Reads it")));
    String name = "Insights " + unique();
    long id =
        scenarios
            .create(
                new ScenarioData(
                    name,
                    null,
                    List.of(base.id(), feature.id()),
                    Objective.NPV,
                    null,
                    List.of(new ScenarioData.PeriodLimit("2027", new BigDecimal("200000"))),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    5,
                    5,
                    null,
                    null),
                me)
            .id();

    {
      Page page = window();
      signInTo(page, pmo, "/portfolio/scenarios/" + id);
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions().setName("Rules from proposal dependencies")))
          .isVisible();
      Locator row =
          page.getByRole(
                  AriaRole.TABLE,
                  new Page.GetByRoleOptions().setName("Prerequisites from proposal dependencies"))
              .getByRole(AriaRole.ROW)
              .nth(1);
      assertThat(row).containsText(feature.code());
      assertThat(row).containsText(base.code());
      assertThat(row).containsText("from the proposal");
      shot(page, "documents-04-scenario-dependencies");
    }
  }

  /** Each page of the PDF as an image beside the screenshots, to look at what people print. */
  private static void render(byte[] pdf, String name) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.rendering.PDFRenderer renderer =
          new org.apache.pdfbox.rendering.PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, 80);
        if (takesScreenshots()) {
          javax.imageio.ImageIO.write(
              image, "png", SCREENSHOTS.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
      }
    }
  }

  private void activeSet(CurrentUser pmo) {
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Document drivers " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(
                    new CriteriaSetData.Criterion(null, "Value", null, 1, 5, new BigDecimal("1"))),
                null),
            pmo);
    strategy.activate(set.id(), set.version(), pmo);
  }

  private ProposalView evaluated(
      String title, CurrentUser pmo, List<ProposalData.Dependency> dependencies) {
    ProposalView p =
        proposals.create(
            new ProposalData(
                title + " " + unique(),
                "Pickers walk too far.",
                "Scanners for the EU warehouses.",
                null,
                null,
                new BigDecimal("8"),
                "EUR",
                null,
                null,
                List.of(),
                List.of("Do nothing", "Rent handhelds for a year"),
                List.of(new ProposalData.CostLine("2027", new BigDecimal("80000"), null)),
                List.of(new ProposalData.BenefitLine("2028", new BigDecimal("120000"))),
                List.of(new ProposalData.Risk("Scanners arrive late", 2, 3)),
                List.of(
                    new ProposalData.ResourceDemand(
                        "Developer", "2027", BigDecimal.ONE, DemandUnit.FTE),
                    new ProposalData.ResourceDemand(
                        "Warehouse analyst", "2027", new BigDecimal("0.5"), DemandUnit.FTE),
                    new ProposalData.ResourceDemand(
                        "Developer", "2028", new BigDecimal("0.2"), DemandUnit.FTE)),
                dependencies,
                null),
            pmo);
    p = proposals.submit(p.id(), p.version(), pmo);
    return proposals.triage(
        p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
  }
}
