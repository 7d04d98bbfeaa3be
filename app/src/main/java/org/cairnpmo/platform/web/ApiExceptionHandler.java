package org.cairnpmo.platform.web;

import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.tabular.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of a REST controller into RFC 9457 problem+json. Messages are written for the
 * caller; internal details (stack traces, SQL) go to the log only.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before any advice for pages: the API answers problem+json for every failure, whatever else
// would also handle it.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(StaleVersionException.class)
  ProblemDetail stale(StaleVersionException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "stale-version", "Edited by someone else", e.getMessage());
    problem.setProperty("currentVersion", e.currentVersion());
    return problem;
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail concurrentEdit(ObjectOptimisticLockingFailureException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "stale-version",
        "Edited by someone else",
        "The record was changed by someone else at the same moment. Reload it and apply your change"
            + " again.");
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail rule(BusinessRuleException e) {
    return Problems.of(
        HttpStatus.CONFLICT, e.code(), "Not allowed in the current state", e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalidFields(e.problems().stream().map(p -> error(p.field(), p.message())).toList());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return Problems.of(
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Forbidden",
        "You are not allowed to do this. Ask the project's manager or the PMO.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    if (type != null && java.util.Collection.class.isAssignableFrom(type)) {
      type = e.getParameter().nested().getNestedParameterType();
    }
    InputRuleViolation violation = InputRuleViolation.in(e);
    String message = violation != null ? violation.getMessage() : expected(type);
    return invalidInput(
        "Parameter '" + e.getName() + "' has an invalid value.",
        List.of(error(e.getName(), message)));
  }

  /** A form-style parameter naming a property or list index that cannot exist ({@code a[-1]}). */
  @ExceptionHandler(InvalidPropertyException.class)
  ProblemDetail invalidProperty(InvalidPropertyException e) {
    return invalidInput(
        "A parameter is invalid.",
        List.of(
            error(
                e.getPropertyName() == null ? "query" : e.getPropertyName(),
                "There is no such field, or the list index is out of range.")));
  }

  /** An import refused for its rows: one error per problem, with its row (the header is row 1). */
  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail importRejected(ImportRejectedException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "import-rejected", "Import rejected", e.getMessage());
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p -> {
                  Map<String, Object> error = new java.util.LinkedHashMap<>();
                  error.put("row", p.row());
                  error.put("field", p.column() == null ? "row " + p.row() : p.column());
                  error.put("message", p.message());
                  return error;
                })
            .toList());
    return problem;
  }

  @ExceptionHandler(BodyLimit.TooLarge.class)
  ProblemDetail tooLarge(BodyLimit.TooLarge e) {
    return BodyLimit.problem();
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
    return Problems.of(
        HttpStatus.CONFLICT,
        "conflict",
        "Conflict",
        "The change conflicts with data already stored (for example a duplicate code).");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error in API call", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Internal error",
        "Something went wrong on our side. The error has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    error(
                        f.getField(),
                        f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage()))
            .toList();
    return answer(invalidFields(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return answer(invalidInput("One or more request parameters are invalid."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "malformed-request",
            "Malformed request",
            "The request body could not be read. Check that it is valid JSON with the documented"
                + " field types (dates as YYYY-MM-DD).");
    if (BodyLimit.exceededIn(ex)) {
      return answer(BodyLimit.problem());
    }
    // Name the field when the JSON was well formed but a value had the wrong type.
    String field = "body";
    String message =
        ex.getCause() == null ? "Send the data as a JSON body." : "This is not valid JSON.";
    if (ex.getCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      field = path(mismatch);
      if (mismatch instanceof InputJson.RuleFailure rule) {
        message = rule.getOriginalMessage();
      } else if (mismatch instanceof InvalidNullException) {
        message = "Remove the null: every element of a list needs a value.";
      } else {
        message = expected(mismatch.getTargetType());
      }
    }
    problem.setProperty("errors", List.of(error(field, message)));
    return answer(problem);
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  /** What a value of this type looks like, in words a caller can act on. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "This value has the wrong type or format.";
    }
    if (type.isEnum()) {
      return "Use one of: "
          + String.join(
              ", ",
              java.util.Arrays.stream(type.getEnumConstants())
                  .map(c -> ((Enum<?>) c).name())
                  .toList())
          + ".";
    }
    if (type == java.time.LocalDate.class) {
      return "Use a date as YYYY-MM-DD.";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "Use a whole number.";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "Use a number.";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "Use true or false.";
    }
    return "This value has the wrong type or format.";
  }

  /** A 400 that counts the fields the caller must correct, and names each. */
  private static ProblemDetail invalidFields(List<Map<String, String>> errors) {
    return invalidInput("The request has " + errors.size() + " invalid field(s).", errors);
  }

  private static ProblemDetail invalidInput(String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = invalidInput(detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail invalidInput(String detail) {
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
  }

  /** One entry of a problem's {@code errors}: the field and what is wrong with it. */
  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  /** The problem as problem+json, with its own status. */
  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
