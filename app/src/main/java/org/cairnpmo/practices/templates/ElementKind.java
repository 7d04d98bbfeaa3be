package org.cairnpmo.practices.templates;

import org.cairnpmo.platform.Labelled;

/** The kinds of item a template holds, as its changes name them. */
public enum ElementKind implements Labelled {
  TASK,
  MILESTONE,
  RISK,
  BUDGET,
  CHECKLIST,
  DOCUMENT,
  CADENCE;

  @Override
  public String label() {
    return switch (this) {
      case TASK -> "Task";
      case MILESTONE -> "Milestone";
      case RISK -> "Risk";
      case BUDGET -> "Budget line";
      case CHECKLIST -> "Checklist item";
      case DOCUMENT -> "Document";
      case CADENCE -> "Reporting cadence";
    };
  }
}
