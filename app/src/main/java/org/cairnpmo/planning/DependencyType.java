package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/** How a link's predecessor drives its successor: finish-to-start and the three others. */
public enum DependencyType implements Labelled {
  FS("Finish-to-start"),
  SS("Start-to-start"),
  FF("Finish-to-finish"),
  SF("Start-to-finish");

  private final String label;

  DependencyType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
