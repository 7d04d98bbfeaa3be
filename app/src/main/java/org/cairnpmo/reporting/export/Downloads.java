package org.cairnpmo.reporting.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The exports' formats and which one a request asks for. Every export is sent as an attachment that
 * no cache along the way keeps ({@link Attachments#uncached}).
 */
final class Downloads {

  static final MediaType PDF = MediaType.APPLICATION_PDF;
  static final MediaType XLSX = Attachments.XLSX;
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private Downloads() {}

  static ResponseEntity<byte[]> csv(Csv csv, String fileName) {
    return Attachments.uncached(csv.toBytes(), CSV, fileName);
  }

  /** The format a download's address names by its extension: pdf, else xlsx. */
  static MediaType ofExtension(String extension) {
    return "pdf".equalsIgnoreCase(extension) ? PDF : XLSX;
  }

  /**
   * The document format: {@code format} (pdf or xlsx) wins, else the Accept header, else PDF; 406
   * when the Accept header takes neither.
   */
  static MediaType chosenFormat(String format, String accept)
      throws HttpMediaTypeNotAcceptableException {
    Optional<MediaType> chosen = format(format, accept);
    if (chosen.isEmpty()) {
      throw new HttpMediaTypeNotAcceptableException(List.of(PDF, XLSX));
    }
    return chosen.get();
  }

  private static Optional<MediaType> format(String format, String accept) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "pdf" -> Optional.of(PDF);
        case "xlsx" -> Optional.of(XLSX);
        default -> throw InvalidInputException.of("format", "Ask for format=pdf or format=xlsx.");
      };
    }
    if (accept == null || accept.isBlank()) {
      return Optional.of(PDF);
    }
    List<MediaType> wanted;
    try {
      wanted = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("Accept", "The Accept header is not a list of media types.");
    }
    org.springframework.util.MimeTypeUtils.sortBySpecificity(wanted);
    for (MediaType type : wanted) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (type.includes(PDF)) {
        return Optional.of(PDF);
      }
      if (type.includes(XLSX)) {
        return Optional.of(XLSX);
      }
    }
    return Optional.empty();
  }

  /** A RAID kind as the RAID pages name it (risks, issues, ...) or by its name; null: all. */
  static RaidKind kind(String kind) {
    if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("all")) {
      return null;
    }
    String k = kind.strip().toLowerCase(Locale.ROOT);
    for (RaidKind candidate : RaidKind.values()) {
      if (candidate.path().equals(k) || candidate.name().equalsIgnoreCase(k)) {
        return candidate;
      }
    }
    throw InvalidInputException.of(
        "kind",
        "Ask for one of risks, issues, assumptions, decisions, dependencies, or all (the default).");
  }
}
