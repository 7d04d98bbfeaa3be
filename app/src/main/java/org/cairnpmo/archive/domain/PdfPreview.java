package org.cairnpmo.archive.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * The first page of a PDF as a PNG, for the document's page. Cairn's pages may not be framed and
 * frame nothing (X-Frame-Options DENY, frame-ancestors 'none'), so a PDF cannot be shown in a
 * frame; an image of its first page can, and runs nothing. The PDF is read from a temporary file,
 * never whole into memory.
 */
@Component
class PdfPreview {

  /** Wide enough to read, small enough to send: about 900 pixels for an A4 page. */
  private static final float DPI = 110f;

  Optional<byte[]> firstPage(InputStream pdf) throws IOException {
    Path temp = Files.createTempFile("cairn-preview-", ".pdf");
    try {
      Files.copy(pdf, temp, StandardCopyOption.REPLACE_EXISTING);
      try (PDDocument document = Loader.loadPDF(temp.toFile())) {
        if (document.getNumberOfPages() == 0) {
          return Optional.empty();
        }
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return Optional.of(out.toByteArray());
      } catch (IOException e) {
        // A damaged or encrypted PDF has no preview; it can still be downloaded.
        return Optional.empty();
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
