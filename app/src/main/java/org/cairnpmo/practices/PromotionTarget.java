package org.cairnpmo.practices;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** What a lesson is promoted into: a version of a method, or a version of a project template. */
@RequiredArgsConstructor
public enum PromotionTarget implements Labelled {
  METHOD("Method"),
  TEMPLATE("Project template");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
