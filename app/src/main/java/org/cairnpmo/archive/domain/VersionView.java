package org.cairnpmo.archive.domain;

import java.time.Instant;

/** One version of a document or template as the API and the pages show it. */
public record VersionView(
    int number,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String note,
    String uploadedBy,
    Instant uploadedAt,
    String approvedBy,
    Instant approvedAt,
    Instant purgedAt) {

  static VersionView of(DocumentVersion v) {
    return of(v, v.getApprovedBy(), v.getApprovedAt(), v.getPurgedAt());
  }

  static VersionView of(TemplateVersion v) {
    return of(v, null, null, null);
  }

  private static VersionView of(
      FileVersion v, String approvedBy, Instant approvedAt, Instant purgedAt) {
    StoredFile f = v.getFile();
    return new VersionView(
        v.getNumber(),
        f.fileName(),
        f.contentType(),
        f.sizeBytes(),
        f.sha256(),
        v.getNote(),
        v.getUploadedBy(),
        v.getUploadedAt(),
        approvedBy,
        approvedAt,
        purgedAt);
  }

  /** Whether a browser shows the file in the page: PDF and the usual images. */
  public boolean previewable() {
    return purgedAt == null && (contentType.equals("application/pdf") || image());
  }

  public boolean image() {
    return contentType.equals("image/png")
        || contentType.equals("image/jpeg")
        || contentType.equals("image/gif")
        || contentType.equals("image/webp");
  }

  /** "12.4 KB", for people. */
  public String size() {
    if (sizeBytes < 1024) {
      return sizeBytes + " B";
    }
    if (sizeBytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
  }
}
