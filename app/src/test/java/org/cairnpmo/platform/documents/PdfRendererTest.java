package org.cairnpmo.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Names in any European script print as themselves, in the embedded font, whatever the CSS. */
class PdfRendererTest {

  private static final String NAMES =
      "Łukasz Wróbel, Zoë Brontë, Ζωή Παπαδοπούλου, Дмитрий Иванов, Şule Çağlar: 5 € – 3 ≤ 4 → ok";

  private final PdfRenderer renderer = new PdfRenderer(strings());

  @Test
  void text_in_the_documents_family_prints_every_character_in_the_embedded_font() throws Exception {
    byte[] pdf = renderer.render(page("'DejaVu Sans', sans-serif"), Map.of("names", NAMES));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(NAMES);
      assertThat(fontNames(document)).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
    }
  }

  @Test
  void text_a_template_sets_in_another_family_falls_back_to_the_embedded_font() throws Exception {
    byte[] pdf = renderer.render(page("serif"), Map.of("names", NAMES));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Дмитрий Иванов");
      assertThat(fontNames(document)).anyMatch(n -> n.contains("DejaVuSans"));
    }
  }

  @Test
  void bold_text_uses_the_bold_face() throws Exception {
    byte[] pdf =
        renderer.render(
            "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head><body>"
                + "<h1 th:text=\"${names}\">x</h1></body></html>",
            Map.of("names", "Ελλάδα"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(fontNames(document)).anyMatch(n -> n.contains("DejaVuSans-Bold"));
    }
  }

  @Test
  void text_stored_with_control_characters_prints_without_them() throws Exception {
    String name = "Road\u0000map \u0001Phase\u001f 2\u007f\u0085 \ud800done";

    byte[] pdf =
        renderer.render(
            "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head><body>"
                + "<p th:text=\"${name}\" th:title=\"${name}\">x</p>"
                + "<p th:utext=\"${name}\">x</p></body></html>",
            Map.of("name", name));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Roadmap Phase 2 done");
    }
  }

  @Test
  void character_references_to_control_characters_are_dropped_too() {
    assertThat(PdfRenderer.xmlSafe("a&#1;b&#x1F;c&#9;d&#xd800;e&amp;#1;"))
        .isEqualTo("abc&#9;de&amp;#1;");
  }

  private static String page(String family) {
    return "<html><head><style>body { font-family: "
        + family
        + "; }</style></head><body><p th:text=\"${names}\">x</p></body></html>";
  }

  private static List<String> fontNames(PDDocument document) throws Exception {
    List<String> names = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        names.add(font.getName());
      }
    }
    return names;
  }

  private static SpringTemplateEngine strings() {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    return engine;
  }
}
