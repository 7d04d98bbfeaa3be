package org.cairnpmo.engine.finance;

/**
 * Input that cannot describe a real business case or project status, such as a negative cost or a
 * discount rate of −100 % or below.
 *
 * <p>A type of its own so that the application can map it to 422 and show the message, which is
 * written for the person who typed the numbers.
 */
public final class InvalidFinanceInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidFinanceInputException(String message) {
    super(message);
  }
}
