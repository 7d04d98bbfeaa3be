package org.cairnpmo.planning.imports;

import java.util.List;
import org.cairnpmo.platform.InvalidInputException;

/**
 * An uploaded plan file that cannot be imported: broken, encrypted, empty, too large, of a format
 * Cairn does not read, or holding a plan Cairn refuses. The message names the file and what is
 * wrong with it; nothing was imported.
 */
public class PlanFileException extends InvalidInputException {

  private final boolean tooLarge;

  PlanFileException(String filename, String problem) {
    this(filename, problem, false);
  }

  PlanFileException(String filename, String problem, boolean tooLarge) {
    super(List.of(new FieldProblem("file", quoted(filename) + " " + problem)));
    this.tooLarge = tooLarge;
  }

  /** Whether the file was refused for its size alone. */
  public boolean tooLarge() {
    return tooLarge;
  }

  /** The file's name as the uploader gave it, in quotes, or "The file" when it had none. */
  static String quoted(String filename) {
    return filename == null || filename.isBlank() ? "The file" : "'" + filename.strip() + "'";
  }
}
