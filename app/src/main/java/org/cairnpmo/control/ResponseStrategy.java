package org.cairnpmo.control;

/**
 * How a risk is answered: threats are avoided, mitigated, transferred, accepted or escalated;
 * opportunities exploited, enhanced, shared or accepted.
 */
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

  ResponseStrategy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
