package org.cairnpmo.platform;

import org.slf4j.Logger;

/**
 * Announces that one part of the demo data is in place. Each part loads when the part it builds on
 * announces itself, and announces itself in turn, so the order of the demo is written in the
 * listeners' signatures: the organization with its projects (and the synthetic projects), then the
 * portfolio, its selection scenarios, governance, project control and its synthetic data, budgets
 * and theirs. A part that has nothing to do (already loaded) still announces itself.
 *
 * <p>Published synchronously at start by the demo module; in the platform because every module that
 * fills demo data listens to one of these and may not depend on another module for it.
 */
public sealed interface DemoLoaded {

  /**
   * Runs a part's {@code load}; a failure is logged as "{@code part}: not loaded", never thrown:
   * the demo must never keep Cairn from starting.
   */
  static void orLog(Logger log, String part, Runnable load) {
    try {
      load.run();
    } catch (RuntimeException e) {
      log.error("{}: not loaded: {}", part, e.getMessage(), e);
    }
  }

  /** Departments, people and the project register, synthetic projects included. */
  record Organization() implements DemoLoaded {}

  /** Strategic objectives, criteria sets and proposals; some proposals became projects. */
  record Portfolio() implements DemoLoaded {}

  /** The portfolio's selection scenarios. */
  record Scenarios() implements DemoLoaded {}

  /** Tiers, lifecycles and projects at their gates. */
  record Governance() implements DemoLoaded {}

  /** Milestones, status reports and RAID logs of the demo's projects. */
  record Control() implements DemoLoaded {}

  /** Milestones, status reports and RAID logs of the synthetic projects. */
  record SyntheticControl() implements DemoLoaded {}

  /** Budgets, progress and actual costs of the demo's projects. */
  record Budgets() implements DemoLoaded {}

  /** The resource pool, its roles, RACI matrices and resource requests. */
  record Resources() implements DemoLoaded {}
}
