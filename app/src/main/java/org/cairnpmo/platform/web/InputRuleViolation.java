package org.cairnpmo.platform.web;

/**
 * A value that could be read but breaks one of {@link org.cairnpmo.platform.InputRules}: its
 * message is the one to show the caller. Thrown by the converters, editors and JSON deserializers
 * of the boundary, so that the error handlers can tell it from a value that is merely malformed.
 */
class InputRuleViolation extends IllegalArgumentException {

  InputRuleViolation(String message) {
    super(message);
  }

  /** The violation somewhere in the causes of {@code failure}, or null. */
  static InputRuleViolation in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InputRuleViolation violation) {
        return violation;
      }
    }
    return null;
  }
}
