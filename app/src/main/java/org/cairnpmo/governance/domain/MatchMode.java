package org.cairnpmo.governance.domain;

import java.util.Locale;

/** How a tier's conditions combine. Conditions left empty are not part of the rule. */
public enum MatchMode {
  ANY,
  ALL;

  /** How the rule reads: "any of" or "all of" its conditions. */
  public String label() {
    return name().toLowerCase(Locale.ROOT) + " of";
  }
}
