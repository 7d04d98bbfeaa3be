package org.cairnpmo.planning.domain;

import java.util.List;
import org.cairnpmo.platform.InvalidInputException;

/** A change that would make tasks depend on each other in a circle; the message names them. */
class DependencyCycle extends InvalidInputException {

  DependencyCycle(String field, String message) {
    super(List.of(new FieldProblem(field, message)));
  }

  /** The same cycle, reported under the field that made it. */
  DependencyCycle on(String field) {
    return new DependencyCycle(field, getMessage());
  }
}
