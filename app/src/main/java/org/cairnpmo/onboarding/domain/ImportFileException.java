package org.cairnpmo.onboarding.domain;

/**
 * An uploaded file that cannot be imported at all (empty, another type, broken, too large): the
 * message says what to do; nothing is kept.
 */
public class ImportFileException extends RuntimeException {

  private final boolean tooLarge;

  public ImportFileException(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
