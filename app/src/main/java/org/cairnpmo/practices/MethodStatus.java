package org.cairnpmo.practices;

import org.cairnpmo.platform.Labelled;

/**
 * Where a version of a method stands: a draft the PMO still changes, published (frozen: what the
 * tiers' projects follow), or retired once a newer version of the same method was published.
 */
public enum MethodStatus implements Labelled {
  DRAFT,
  PUBLISHED,
  RETIRED
}
