package org.cairnpmo.archive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.cairnpmo.archive.domain.BlobStore;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.VersionView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A version's bytes as a download: its detected type, its name in Content-Disposition, its SHA-256
 * as the ETag (a version never changes, so If-None-Match answers 304). Streamed from the store to
 * the response, never held whole. {@code inline} opens a PDF or an image in the browser's own tab
 * instead of saving it; Cairn's pages show images with an img element, and PDFs by an image of
 * their first page ({@link #image}), since they may not frame anything.
 */
final class Downloads {

  private Downloads() {}

  /** The first page of a PDF version as PNG, with the version's hash in the ETag. */
  static org.springframework.http.ResponseEntity<byte[]> image(
      VersionView version, java.util.Optional<byte[]> png) {
    return png.map(
            bytes ->
                org.springframework.http.ResponseEntity.ok()
                    .contentType(org.springframework.http.MediaType.IMAGE_PNG)
                    .eTag("\"" + version.sha256() + "-p1\"")
                    .cacheControl(org.springframework.http.CacheControl.noCache().cachePrivate())
                    .body(bytes))
        .orElseThrow(
            () -> new org.cairnpmo.platform.NotFoundException("Preview", version.number()));
  }

  /** Streams {@code file} as {@code store} reads it (a document's or a template's). */
  static void send(
      DocumentService.VersionFile file,
      boolean inline,
      HttpServletRequest request,
      HttpServletResponse response,
      VersionStore store)
      throws IOException {
    send(
        file.version(),
        inline,
        request,
        response,
        out ->
            store.read(
                file,
                in -> {
                  in.transferTo(out);
                  return null;
                }));
  }

  /** Where the bytes of a version are read: {@code DocumentService::read} or the templates'. */
  interface VersionStore {
    Void read(DocumentService.VersionFile file, BlobStore.Reader<Void> reader);
  }

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
