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
public class PdfRenderer {

  /** The family templates name in their {@code font-family}. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

  static {
    // The renderer writes a line to the console for every document and every font it loads;
    // only its warnings (such as CSS it cannot use) are worth the log.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final ITemplateEngine templates;

  PdfRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  public byte[] render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH);
    variables.forEach(context::setVariable);
    String html = templates.process(template, context);
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
