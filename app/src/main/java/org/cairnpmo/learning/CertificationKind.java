package org.cairnpmo.learning;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** The certification schemes the PMO follows; anything of the organization's own is internal. */
@RequiredArgsConstructor
public enum CertificationKind implements Labelled {
  PMP("PMP"),
  PRINCE2("PRINCE2"),
  IPMA("IPMA"),
  SCRUM("Scrum"),
  INTERNAL("Internal");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
