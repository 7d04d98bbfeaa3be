package org.cairnpmo.portfolio.domain;

import org.cairnpmo.platform.Labelled;

/** What a proposal depends on: another proposal, or a project in the register. */
public enum DependencyKind implements Labelled {
  PROPOSAL,
  PROJECT;
}
