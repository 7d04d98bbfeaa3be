package org.cairnpmo.planning;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** How a link's predecessor drives its successor: finish-to-start and the three others. */
@RequiredArgsConstructor
public enum DependencyType implements Labelled {
  FS("Finish-to-start"),
  SS("Start-to-start"),
  FF("Finish-to-finish"),
  SF("Start-to-finish");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
