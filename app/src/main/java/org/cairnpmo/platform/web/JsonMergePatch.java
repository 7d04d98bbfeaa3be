package org.cairnpmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH for the API, as RFC 7396 JSON merge patch over the record people edit: the fields sent
 * change, {@code null} clears one, everything else stays. The result is validated like a full
 * update. A field the record does not have is refused rather than silently ignored, so that a typo
 * never looks like a successful change.
 */
@Component
public class JsonMergePatch {

  public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/merge-patch+json");

  private final JsonMapper json;
  private final Validator validator;

  JsonMergePatch(InputJson input, Validator validator) {
    // The merged record is input like any body: the same rules apply to every field of it.
    this.json = input.mapper();
    this.validator = validator;
  }

  /**
   * Checks the patch before anything is loaded: sent as {@code application/merge-patch+json} or
   * {@code application/json}, a JSON object, naming only fields of {@code type}.
   */
  public ObjectNode check(JsonNode patch, Class<? extends Record> type, HttpServletRequest request)
      throws HttpMediaTypeNotSupportedException {
    MediaType sent = MediaType.parseMediaType(request.getContentType());
    if (!MediaType.APPLICATION_JSON.isCompatibleWith(sent) && !MEDIA_TYPE.isCompatibleWith(sent)) {
      throw new HttpMediaTypeNotSupportedException(
          sent, List.of(MEDIA_TYPE, MediaType.APPLICATION_JSON), HttpMethod.PATCH);
    }
    if (!(patch instanceof ObjectNode changes)) {
      throw InvalidInputException.of(
          "body", "A merge patch is a JSON object of the fields to change.");
    }
    Set<String> fields =
        Arrays.stream(type.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toUnmodifiableSet());
    List<FieldProblem> unknown =
        changes.propertyNames().stream()
            .filter(name -> !fields.contains(name))
            .sorted()
            .map(name -> new FieldProblem(name, "There is no such field, or it cannot be changed."))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    return changes;
  }

  /** The {@code version} the patch says it was based on, if it names one. */
  public static Long version(ObjectNode patch) {
    JsonNode node = patch.get("version");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw InvalidInputException.of("version", "The version is a whole number, e.g. 3.");
    }
    return node.longValue();
  }

  /** The current data with the patch applied, validated; invalid results are refused (400). */
  @SuppressWarnings("unchecked")
  public <T extends Record> T apply(T current, ObjectNode patch, HttpServletRequest request) {
    ObjectNode target = json.valueToTree(current);
    mergeInto(target, patch);
    T merged;
    try {
      merged = json.treeToValue(target, (Class<T>) current.getClass());
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          "The merge patch does not fit", e, new ServletServerHttpRequest(request));
    }
    List<FieldProblem> problems =
        validator.validate(merged).stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return merged;
  }

  private static void mergeInto(ObjectNode target, ObjectNode patch) {
    for (var entry : patch.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        target.remove(entry.getKey());
      } else if (value instanceof ObjectNode object) {
        ObjectNode nested =
            target.get(entry.getKey()) instanceof ObjectNode existing
                ? existing
                : target.objectNode();
        mergeInto(nested, object);
        target.set(entry.getKey(), nested);
      } else {
        target.set(entry.getKey(), value);
      }
    }
  }
}
