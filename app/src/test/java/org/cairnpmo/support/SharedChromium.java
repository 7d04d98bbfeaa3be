package org.cairnpmo.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for every browser test of the JVM: launching it costs a second or two, and
 * the tests isolate themselves with browser contexts anyway. Closed when the JVM ends.
 */
final class SharedChromium {

  private static Playwright playwright;
  private static Browser browser;

  private SharedChromium() {}

  static synchronized Browser browser(Path executable, List<String> args) {
    if (browser == null || !browser.isConnected()) {
      // The shared CI machines are sometimes so loaded that a page takes longer than Playwright's
      // 5 s default to show what a test waits for; a real failure still fails, only later.
      PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(args));
      Runtime.getRuntime().addShutdownHook(new Thread(SharedChromium::close));
    }
    return browser;
  }

  private static synchronized void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }
}
