package org.cairnpmo.platform.web;

import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document answered as a download: its type and the file name the browser saves it under. */
public final class Attachments {

  /** An Excel workbook, as an annotation's {@code produces} names it. */
  public static final String XLSX_VALUE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

  private Attachments() {}

  public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String filename) {
    return download(type, filename).body(body);
  }

  /**
   * As {@link #of}, and kept by no cache along the way: for documents drawn from what only the
   * viewer may see.
   */
  public static ResponseEntity<byte[]> uncached(byte[] body, MediaType type, String filename) {
    return download(type, filename).cacheControl(CacheControl.noStore()).body(body);
  }

  /**
   * A file on disk, streamed rather than read into memory (a database backup), and kept by no cache
   * along the way.
   */
  public static ResponseEntity<Resource> file(Path file, MediaType type, String filename) {
    return download(type, filename)
        .cacheControl(CacheControl.noStore())
        .body(new FileSystemResource(file));
  }

  private static ResponseEntity.BodyBuilder download(MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString());
  }
}
