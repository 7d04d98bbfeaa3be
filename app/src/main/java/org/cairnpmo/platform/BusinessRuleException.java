package org.cairnpmo.platform;

/**
 * A request that is well formed but breaks a rule of the domain in its current state (for example
 * an illegal status transition). Answers 409 in the API.
 */
public class BusinessRuleException extends RuntimeException {

  private final String code;

  public BusinessRuleException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
