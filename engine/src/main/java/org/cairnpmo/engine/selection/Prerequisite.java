package org.cairnpmo.engine.selection;

import java.util.Objects;

/**
 * {@code dependentId} may be selected only if {@code requiredId} is selected too.
 *
 * @param dependentId the project that needs the other one
 * @param requiredId the project it builds on
 */
public record Prerequisite(String dependentId, String requiredId) {

  public Prerequisite {
    Objects.requireNonNull(dependentId, "dependentId");
    Objects.requireNonNull(requiredId, "requiredId");
  }
}
