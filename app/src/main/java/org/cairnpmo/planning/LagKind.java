package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/**
 * What a link's lag counts: minutes of working time (on the successor's calendar), minutes of the
 * clock, or a percentage of the predecessor's duration. Negative lag is a lead.
 */
public enum LagKind implements Labelled {
  WORKING,
  ELAPSED,
  PERCENT
}
