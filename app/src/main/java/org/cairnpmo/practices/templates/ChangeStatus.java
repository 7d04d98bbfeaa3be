package org.cairnpmo.practices.templates;

import org.cairnpmo.platform.Labelled;

/**
 * Where an offered change stands: pending until the project's manager or the PMO accepts or
 * declines it; superseded when a still newer version was pushed before it was decided.
 */
public enum ChangeStatus implements Labelled {
  PENDING,
  ACCEPTED,
  DECLINED,
  SUPERSEDED
}
