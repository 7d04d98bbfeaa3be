package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The ranked list (XLSX) and the portfolio recommendation (PDF) of a scenario, read back. */
class ScenarioExportTest extends SelectionFixtures {

  private static final String API = "/api/v1/portfolio/scenarios";

  @Autowired ScenarioService scenarioService;

  @Test
  void the_ranked_list_and_the_recommendation_show_the_selection() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    activeDirectSet(me);
    ProposalView a = evaluated("Alpha", 60, 150, me);
    ProposalView b = evaluated("Bravo", 40, 95, me);
    ProposalView c = evaluated("Charlie", 30, 70, me);
    String name = "Export " + unique();
    long id =
        scenarioService
            .create(npvScenario(name, List.of(a.id(), b.id(), c.id()), 100, List.of()), me)
            .id();
    long runId = scenarioService.startRun(id, null, me).id();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (scenarioService.run(id, runId, me).active() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    UserSummary executive = user(Role.EXECUTIVE);

    MvcResult xlsx =
        mvc.perform(get(API + "/" + id + "/ranking.xlsx").with(as(executive)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn();
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      Sheet sheet = book.getSheet("Ranked list");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(name);
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Code");
      // By NPV: Alpha, Bravo, Charlie; the budget of 100 buys Alpha and Bravo.
      String[][] expected = {{a.code(), "Yes"}, {b.code(), "Yes"}, {c.code(), "No"}};
      for (int i = 0; i < expected.length; i++) {
        Row row = sheet.getRow(4 + i);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected[i][0]);
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(expected[i][1]);
      }
      assertThat(book.getSheet("Limits").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Budget 2027");
    }

    MvcResult pdf =
        mvc.perform(get(API + "/" + id + "/recommendation.pdf").with(as(executive)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn();
    byte[] bytes = pdf.getResponse().getContentAsByteArray();
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Portfolio recommendation: " + name)
          .contains("Fund the 2 proposals below")
          .contains(a.code())
          .contains(b.code())
          .contains("Proven optimal")
          .contains("All candidates, by value");
      // Why Charlie is not funded, in the solver's numbers; the budget that was available.
      assertThat(text.replaceAll("\\s+", " "))
          .contains("Budget available")
          .contains("Not funded, and what it would take")
          .contains("Budget 2027: needs 30, 0 left.")
          .contains("if the Budget 2027 limit were 30 higher");
    }

    mvc.perform(get(API + "/" + id + "/recommendation.pdf").with(as(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
  }
}
