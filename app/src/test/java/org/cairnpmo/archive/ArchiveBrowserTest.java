package org.cairnpmo.archive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project manager files a document from the project's page, uploads a second version, sees the
 * preview of the latest in the page, and is refused a program with a clear message. Screenshots go
 * to {@code target/screenshots/archive-*.png}.
 */
class ArchiveBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired org.cairnpmo.archive.demo.SampleFiles samples;

  @Test
  void a_manager_uploads_a_document_and_a_new_version_and_sees_its_preview() throws IOException {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Maria Lindqvist");
    String code = "AR-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Harbour crane renewal " + code,
                "Replace the two quay cranes",
                null,
                null,
                manager.id(),
                org.cairnpmo.projects.ProjectCategory.OPERATIONAL,
                org.cairnpmo.projects.Priority.MEDIUM,
                org.cairnpmo.projects.ProjectStatus.PROPOSED,
                java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2027, 12, 31),
                new java.math.BigDecimal("100000.00"),
                "EUR",
                false,
                List.of(),
                null),
            current(pmo));
    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id());
      page.locator("#documents-link").click();
      assertThat(page.getByText("No document filed yet.")).isVisible();
      shot(page, "archive-empty");

      page.locator("#doc-file")
          .setInputFiles(
              new FilePayload("site-plan.png", "image/png", png("Site plan v1", 0x2E6DA4)));
      page.locator("#doc-title").fill("Site plan");
      page.locator("#doc-type").fill("Plan");
      page.locator("#doc-phase").fill("Initiation");
      page.locator("#upload-submit").click();

      assertThat(page.locator("#document-title")).hasText("Site plan");
      assertThat(page.locator("#version-list tbody tr")).hasCount(1);

      assertThat(page.locator("img#preview")).isVisible();
      org.assertj.core.api.Assertions.assertThat(previewWidth(page)).isEqualTo(480);

      byte[] pdf =
          samples.pdf(
              "Site plan: quay cranes",
              code + " · revision B",
              List.of(
                  new org.cairnpmo.archive.demo.SampleFiles.Section(
                      "Changes",
                      List.of(
                          "The crane rails move 12 metres north, clear of the new bollards."))));
      page.locator("#version-file")
          .setInputFiles(new FilePayload("site-plan.pdf", "application/pdf", pdf));
      page.locator("#version-note").fill("Crane rails moved north");
      page.locator("#version-submit").click();

      assertThat(page.getByText("Version 2 added.")).isVisible();
      assertThat(page.locator("#version-list tbody tr")).hasCount(2);
      assertThat(page.locator("#preview-title")).hasText("Version 2: site-plan.pdf");
      assertThat(page.locator("img#preview")).isVisible();
      org.assertj.core.api.Assertions.assertThat(((Number) previewWidth(page)).intValue())
          .isGreaterThan(600);
      shot(page, "archive-document");

      // A program under a document's name is refused, and nothing is kept.
      byte[] program = new byte[256];
      program[0] = 'M';
      program[1] = 'Z';
      page.locator("#version-file")
          .setInputFiles(new FilePayload("site-plan.pdf", "application/pdf", program));
      page.locator("#version-submit").click();
      assertThat(page.locator("#upload-error")).containsText("Cairn keeps documents, not programs");
      assertThat(page.locator("#version-list tbody tr")).hasCount(2);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documents").setExact(true))
          .click();
      assertThat(page.locator("#document-list")).containsText("Site plan");
      assertThat(page.locator("#document-list")).containsText("v2 · site-plan.pdf");
      shot(page, "archive-documents");
    }
  }

  @Test
  void a_member_finds_a_document_by_a_word_inside_it_from_the_search_box() {
    UserSummary manager = person(Role.PROJECT_MANAGER, "Maria Lindqvist");
    ProjectView project =
        projects.register(
            new ProjectData(
                "SR-" + unique(),
                "Quay wall survey",
                "Survey the old quay wall",
                null,
                null,
                manager.id(),
                org.cairnpmo.projects.ProjectCategory.OPERATIONAL,
                org.cairnpmo.projects.Priority.MEDIUM,
                org.cairnpmo.projects.ProjectStatus.PROPOSED,
                java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2027, 12, 31),
                new java.math.BigDecimal("50000.00"),
                "EUR",
                false,
                List.of(),
                null),
            current(person(Role.PMO, "Paula Moreno")));
    // A word of the file's text only, spelt with a slip when searched.
    StringBuilder letters = new StringBuilder("bollard");
    java.util.Random random = new java.util.Random();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    String word = letters.toString();
    byte[] pdf =
        samples.pdf(
            "Survey report",
            project.code(),
            List.of(
                new org.cairnpmo.archive.demo.SampleFiles.Section(
                    "Findings",
                    List.of("The " + word + " on berth 4 is cracked and must be replaced."))));
    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id() + "/documents");
      page.locator("#doc-file")
          .setInputFiles(new FilePayload("survey.pdf", "application/pdf", pdf));
      page.locator("#doc-title").fill("Survey report");
      page.locator("#doc-type").fill("Report");
      page.locator("#upload-submit").click();
      assertThat(page.locator("#document-title")).hasText("Survey report");

      page.locator("#header-search-q").fill("cracked b" + "a" + word.substring(2));
      page.locator("#header-search-q").press("Enter");
      assertThat(page.locator("#search-count")).hasText("1 result");
      assertThat(page.locator("#search-hits mark").first()).isVisible();
      assertThat(page.locator("#facet-kind")).containsText("Documents");
      assertThat(page.locator("#facet-type")).containsText("Report");
      shot(page, "search-results");

      page.locator("#search-hits a.cell-title").first().click();
      assertThat(page.locator("#document-title")).hasText("Survey report");
    }
  }

  /** A small real PNG: a coloured plan with a caption. */
  private static byte[] png(String caption, int rgb) throws IOException {
    BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xF4F6F8));
    g.fillRect(0, 0, 480, 300);
    g.setColor(new Color(rgb));
    g.fillRect(40, 60, 400, 60);
    g.fillRect(40, 170, 180, 90);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.drawString(caption, 40, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The preview's width once the browser has loaded it (an image arrives after the page). */
  private static Object previewWidth(Page page) {
    page.waitForFunction(
        "() => { const i = document.querySelector('img#preview'); return i && i.complete && i.naturalWidth > 0; }");
    return page.evaluate("() => document.querySelector('img#preview').naturalWidth");
  }
}
