package org.cairnpmo.archive;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.cairnpmo.archive.demo.SampleFiles;
import org.cairnpmo.archive.domain.DocumentData;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.ReceivedFile;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PMO downloads a closed project's bundle from the Archive page and imports it there under
 * another code; the same bundle under its own code is refused with the reason. Screenshots go to
 * {@code target/screenshots/archive-bundle-*.png}.
 */
class ArchiveBundleBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired DocumentService documents;
  @Autowired FileIntake intake;
  @Autowired SampleFiles samples;

  @Test
  void the_pmo_downloads_a_bundle_and_imports_it_on_the_archive_page() throws Exception {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    CurrentUser office = current(pmo);
    String code = "AB-" + unique();
    ProjectView project = projects.register(data(code, ProjectStatus.ACTIVE, null), office);
    byte[] pdf =
        samples.pdf(
            "Final report",
            code,
            List.of(new SampleFiles.Section("Outcome", List.of("The quay cranes run."))));
    try (ReceivedFile file = intake.receive(new ByteArrayInputStream(pdf), "final-report.pdf")) {
      documents.file(
          OwnerKind.PROJECT,
          project.id(),
          new DocumentData("Final report", "Report", null, null, null, null, null),
          file,
          office);
    }
    project = projects.requireVisible(project.id(), office);
    projects.revise(
        project.id(),
        data(code, ProjectStatus.CLOSED, project.version()),
        project.version(),
        office);

    {
      Page page = window();
      signInTo(page, pmo, "/archive");
      var row = page.locator("#finished-list tr[data-code='" + code + "']");
      assertThat(row).containsText("Closed");
      Download download = page.waitForDownload(() -> row.locator(".bundle-download").click());
      Path saved = Path.of("target", "archive-bundle-" + code + ".zip");
      download.saveAs(saved);
      org.assertj.core.api.Assertions.assertThat(BundleFiles.entries(Files.readAllBytes(saved)))
          .containsKeys("manifest.json", "projects.json", "archive.json", "final-report.pdf");
      shot(page, "archive-bundle-page");

      String copy = "AC-" + unique();
      page.locator("#bundle-file").setInputFiles(saved);
      page.locator("#bundle-code").fill(copy);
      page.locator("#import-button").click();
      page.waitForURL(Pattern.compile(".*/projects/\\d+$"));
      assertThat(page.locator("main")).containsText(copy);
      assertThat(page.locator("main")).containsText("Closed");
      shot(page, "archive-bundle-imported");

      page.navigate(url("/archive"));
      page.locator("#bundle-file").setInputFiles(saved);
      page.locator("#import-button").click();
      assertThat(page.locator("#archive-error")).containsText("exists in this Cairn already");
      Files.deleteIfExists(saved);
    }
  }

  private static ProjectData data(String code, ProjectStatus status, Long version) {
    return new ProjectData(
        code,
        "Quay crane renewal " + code,
        "Replace the two quay cranes",
        null,
        null,
        null,
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        status,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        new BigDecimal("250000.00"),
        "EUR",
        false,
        List.of(),
        version);
  }
}
