package org.cairnpmo.portfolio.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to XHTML and then to PDF, for the portfolio's printable documents.
 * Templates are self-contained (their own {@code <style>} with {@code @page}) so that the PDF does
 * not depend on the site's stylesheet; the text is English like the pages.
 */
@Component
public class PdfRenderer {

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
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
