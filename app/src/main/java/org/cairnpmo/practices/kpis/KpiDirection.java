package org.cairnpmo.practices.kpis;

import org.cairnpmo.platform.Labelled;

/** Whether a KPI is better high (an index, a share on time) or low (slip, open risks). */
public enum KpiDirection implements Labelled {
  HIGHER_IS_BETTER("Higher is better"),
  LOWER_IS_BETTER("Lower is better");

  private final String label;

  KpiDirection(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
