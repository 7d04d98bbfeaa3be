package org.cairnpmo.portfolio.domain;

import org.cairnpmo.platform.Labelled;

/**
 * A criteria set is prepared as a draft, then becomes the one active set that new evaluations bind
 * to, and is retired when another set is activated.
 */
public enum CriteriaSetStatus implements Labelled {
  DRAFT,
  ACTIVE,
  RETIRED;
}
