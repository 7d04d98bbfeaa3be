package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/**
 * How a risk is answered: threats are avoided, mitigated, transferred, accepted or escalated;
 * opportunities exploited, enhanced, shared or accepted.
 */
@RequiredArgsConstructor
public enum ResponseStrategy {
  AVOID("Avoid"),
  MITIGATE("Mitigate"),
  TRANSFER("Transfer"),
  ACCEPT("Accept"),
  ESCALATE("Escalate"),
  EXPLOIT("Exploit"),
  ENHANCE("Enhance"),
  SHARE("Share");

  private final String label;

  public String label() {
    return label;
  }
}
