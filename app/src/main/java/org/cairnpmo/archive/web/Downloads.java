package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.cairnpmo.archive.domain.VersionView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A version's bytes as a download: its detected type, its name in Content-Disposition, its SHA-256
 * as the ETag (a version never changes, so If-None-Match answers 304). Streamed from the store to
 * the response, never held whole. Shown in the page only for PDF and images, when asked: that
 * answer may be framed by Cairn's own pages and runs nothing.
 */
final class Downloads {

  private Downloads() {}

  static void send(
      VersionView version,
      boolean inline,
      HttpServletRequest request,
      HttpServletResponse response,
      Consumer<OutputStream> body)
      throws IOException {
    String etag = "\"" + version.sha256() + "\"";
    boolean shown = inline && version.previewable();
    response.setHeader(HttpHeaders.ETAG, etag);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    if (shown) {
      // The preview is framed by the document's page: Cairn's own pages only, and no script.
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self';"
              + " plugin-types application/pdf; frame-ancestors 'self'");
    }
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(version.contentType());
    response.setContentLengthLong(version.sizeBytes());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(version.fileName(), java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    body.accept(response.getOutputStream());
  }
}
