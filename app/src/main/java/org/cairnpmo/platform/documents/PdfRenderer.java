package org.cairnpmo.platform.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.platform.InputRules;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to XHTML and then to PDF, for every printable document Cairn makes.
 * Templates are self-contained (their own {@code <style>} with {@code @page}) so that the PDF does
 * not depend on the site's stylesheet; the text is English like the pages.
 *
 * <p>The PDF standard fonts only cover Latin-1, so names such as "Łukasz", "Ζωή" or "Дмитрий" would
 * print as '#'. DejaVu Sans (bundled, Bitstream Vera licence) is embedded as a subset instead and
 * is also the fallback for any text a template sets in another family.
 */
@Component
public record PdfRenderer(ITemplateEngine templates) {

  /** The family templates name in their {@code font-family}. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

  private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

  static {
    // The renderer writes a line to the console for every document and every font it loads;
    // only its warnings (such as CSS it cannot use) are worth the log.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  public byte[] render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH);
    variables.forEach(context::setVariable);
    String html = xmlSafe(templates.process(template, context));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
      builder.useFont(
          () -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
      builder.useFont(
          () -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page without what XML cannot hold: the document is parsed as XHTML, and a single control
   * character (U+0001), lone surrogate or reference to one ({@code &#1;}) in any stored text would
   * make the whole document fail. Input is refused such characters, but text stored before that, or
   * arriving by another way, must still print; invisible characters lose nothing by being left out.
   */
  static String xmlSafe(String page) {
    String html = InputRules.withoutControlCharacters(page);
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      int c = html.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '&' && next < html.length() && html.charAt(next) == '#') {
        Matcher ref = CHARACTER_REFERENCE.matcher(html).region(i, html.length());
        if (ref.lookingAt()) {
          int referenced = referenced(ref);
          if (xmlCharacter(referenced)
              && !InputRules.hasControlCharacter(Character.toString(referenced))) {
            out.append(ref.group());
          }
          i = ref.end();
          continue;
        }
      }
      if (xmlCharacter(c)) {
        out.appendCodePoint(c);
      }
      i = next;
    }
    return out.toString();
  }

  private static int referenced(Matcher ref) {
    try {
      return ref.group(1) != null
          ? Integer.parseInt(ref.group(1), 16)
          : Integer.parseInt(ref.group(2));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A character XML 1.0 allows. */
  private static boolean xmlCharacter(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    return (c >= 0x20 && (c < 0xd800 || (c > 0xdfff && c < 0xfffe)))
        || (c >= 0x10000 && c <= 0x10ffff);
  }

  private static byte[] font(String resource) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The font " + resource + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
