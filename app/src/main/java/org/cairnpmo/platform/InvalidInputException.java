package org.cairnpmo.platform;

import java.util.List;

/**
 * Input that fails a domain validation which bean validation cannot express (a date range, a unique
 * code). Carries field errors so that forms and the API can show them where they belong.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One field and what is wrong with it, in words a person can act on. */
  public record FieldProblem(String field, String message) {}
}
