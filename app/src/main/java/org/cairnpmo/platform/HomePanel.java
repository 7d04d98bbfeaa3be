package org.cairnpmo.platform;

/**
 * A section of the signed-in person's home page, contributed by a capability module (the project
 * register shows "my projects", later modules add theirs). The platform renders the panels in
 * {@link #order()} without knowing the modules behind them, so it depends on none of them.
 */
public interface HomePanel {

  /** Position on the home page; lower comes first. */
  default int order() {
    return 100;
  }

  /** The template holding a fragment named {@code panel}, e.g. {@code "projects/home-panel"}. */
  String template();

  /**
   * What the fragment shows to the person signed in now; the fragment reads it as {@code ${panel}}.
   * Returning {@code null} leaves the panel out.
   */
  Object model();
}
