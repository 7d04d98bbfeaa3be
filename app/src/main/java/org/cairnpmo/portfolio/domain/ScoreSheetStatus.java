package org.cairnpmo.portfolio.domain;

import org.cairnpmo.platform.Labelled;

/** A scorer's sheet is open for their own edits until they submit it. */
public enum ScoreSheetStatus implements Labelled {
  OPEN,
  SUBMITTED;
}
