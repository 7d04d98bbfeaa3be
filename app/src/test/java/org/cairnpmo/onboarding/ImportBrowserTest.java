package org.cairnpmo.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * In real headless Chromium: the PMO uploads a file whose code column Cairn cannot name, chooses it
 * on the mapping page, checks the dry run again and imports.
 */
class ImportBrowserTest extends BrowserTest {

  @Test
  void the_pmo_chooses_a_column_on_the_mapping_page_and_imports() {
    UserSummary pmo = person(Role.PMO, "Pia Import");
    String code = "BR-" + unique();
    String csv = "Ref;Title;Start;Finish\n" + code + ";From the browser;2027-02-01;2027-05-31\n";
    {
      Page page = window();
      signInTo(page, pmo, "/imports");
      page.getByLabel("The file holds").selectOption("PROJECTS");
      page.locator("#import-file")
          .setInputFiles(
              new FilePayload("browser.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check"))
          .click();

      assertThat(page.locator("#file-problems"))
          .containsText("No column is read as code: choose its column.");
      assertThat(page.locator("#apply-import")).hasCount(0);
      shot(page, "import-01-mapping");

      page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).selectOption("Ref");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check again with this mapping"))
          .click();
      assertThat(page.locator("#dry-run")).containsText(code);
      assertThat(page.locator("#dry-run")).containsText("CREATE");
      shot(page, "import-02-dry-run");

      page.locator("#apply-import").click();
      assertThat(page.locator("body"))
          .containsText("Imported browser.csv: 1 created, 0 updated, 0 unchanged.");
    }
  }
}
