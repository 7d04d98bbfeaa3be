package org.cairnpmo.practices.domain;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A guidance page of the methodology library: Markdown (CommonMark with GFM tables and autolinks)
 * rendered to HTML, then sanitized, so that whatever the text holds the page never carries script:
 * no {@code <script>} or {@code <style>}, no event handlers ({@code onerror=}), no {@code
 * javascript:} or {@code data:} links, no frames or forms. What stays: headings, paragraphs, lists,
 * emphasis, code, quotes, tables, rules, and links to http, https and mailto addresses, which open
 * without handing the library's page to the target ({@code rel="nofollow noopener noreferrer"}).
 */
public final class Guidance {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  // Raw HTML in the Markdown is escaped by the renderer, and whatever HTML results goes through
  // the policy anyway: two locks, so a slip in one does not open the page.
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowUrlProtocols("http", "https", "mailto")
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .allowElements("pre", "code", "hr", "br")
                  .allowAttributes("align")
                  .onElements("th", "td")
                  .toFactory());

  private Guidance() {}

  /** The page as safe HTML; empty for no text. */
  public static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  /** HTML with everything that could run or load script taken out. */
  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
