package org.cairnpmo.reporting.export;

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
 * Renders a Thymeleaf template (well-formed XHTML with print CSS) to PDF, the way the portfolio's
 * scenario report does, so every document Cairn prints looks alike.
 */
@Component
class Pdf {

  private final ITemplateEngine templates;

  Pdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH, variables);
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
