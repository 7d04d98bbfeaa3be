package org.cairnpmo.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Optimistic locking over HTTP, the same for every API resource: the {@code ETag} of a record is
 * its version ({@code "3"}); an update names the version it was based on, in {@code If-Match} or
 * else in the body's {@code version} field. An update that names no version is refused (428), so
 * that nobody overwrites a change they never saw.
 */
public final class OptimisticLocking {

  private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private OptimisticLocking() {}

  /** The strong entity tag for a version, quoted as HTTP wants it. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version the caller edited: from {@code If-Match} ({@code "3"} or {@code W/"3"}) when
   * present, otherwise from the body.
   */
  public static long expectedVersion(String ifMatch, Long bodyVersion) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String value = ifMatch.trim();
      if (value.equals("*")) {
        throw versionRequired(
            "'If-Match: *' does not say which version you edited. Send the ETag of the version you"
                + " read, e.g. If-Match: \"3\".");
      }
      Matcher matcher = ENTITY_TAG.matcher(value);
      if (!matcher.matches()) {
        throw InvalidInputException.of(
            "If-Match",
            "Send exactly one ETag as you received it from a GET, e.g. If-Match: \"3\".");
      }
      return Long.parseLong(matcher.group(1));
    }
    if (bodyVersion != null) {
      return bodyVersion;
    }
    throw versionRequired(
        "Say which version you edited: send the ETag from your last GET in If-Match (e.g."
            + " If-Match: \"3\") or the 'version' field in the body.");
  }

  private static ErrorResponseException versionRequired(String detail) {
    return new ErrorResponseException(
        HttpStatus.PRECONDITION_REQUIRED,
        Problems.of(
            HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required", detail),
        null);
  }
}
