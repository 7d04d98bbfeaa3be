package org.cairnpmo.integration.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * What a webhook must be: an absolute http or https URL with a host and no user name or password in
 * it (the secret signs; credentials in the URL would show in every log), and at least one known
 * event type. Text fields are held to the common input rules before they come here.
 */
final class WebhookRules {

  private WebhookRules() {}

  static void check(WebhookData data) {
    List<FieldProblem> problems = new ArrayList<>();
    String url = data.url() == null ? "" : data.url().strip();
    String urlProblem = urlProblem(url);
    if (urlProblem != null) {
      problems.add(new FieldProblem("url", urlProblem));
    }
    List<String> unknown =
        data.eventTypes().stream()
            .filter(key -> key == null || WebhookEventType.byKey(key).isEmpty())
            .toList();
    if (!unknown.isEmpty()) {
      problems.add(
          new FieldProblem(
              "eventTypes",
              "Unknown event type "
                  + String.join(", ", unknown.stream().map(String::valueOf).toList())
                  + "; use the names in docs/webhooks.md, such as project.registered."));
    } else if (data.types().isEmpty()) {
      problems.add(new FieldProblem("eventTypes", "Choose at least one event."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String urlProblem(String url) {
    if (url.isEmpty()) {
      return "Enter the URL to POST to";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "Enter a valid URL, such as https://example.org/hooks/cairn";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "Use an http:// or https:// URL";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "Enter a URL with a host name, such as https://example.org/hooks/cairn";
    }
    if (uri.getRawUserInfo() != null) {
      return "Leave the user name and password out of the URL: the signature proves the sender";
    }
    if (uri.getRawFragment() != null) {
      return "Leave the #fragment out of the URL";
    }
    return null;
  }
}
