package org.cairnpmo.archive.domain;

import java.util.Optional;

/** The kinds of file the template library keeps, recognised by the detected content type. */
public enum TemplateFormat {
  WORD("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  EXCEL("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  POWERPOINT(
      "PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  MARKDOWN("Markdown", "text/x-web-markdown");

  private final String label;
  private final String contentType;

  TemplateFormat(String label, String contentType) {
    this.label = label;
    this.contentType = contentType;
  }

  public String label() {
    return label;
  }

  /**
   * The format of a file of {@code contentType} named {@code fileName}, if the library keeps it.
   */
  public static Optional<TemplateFormat> of(String contentType, String fileName) {
    for (TemplateFormat format : values()) {
      if (format.contentType.equals(contentType)) {
        return Optional.of(format);
      }
    }
    // Markdown has no signature: plain text named .md is Markdown.
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    if (contentType.startsWith("text/") && (name.endsWith(".md") || name.endsWith(".markdown"))) {
      return Optional.of(MARKDOWN);
    }
    return Optional.empty();
  }
}
