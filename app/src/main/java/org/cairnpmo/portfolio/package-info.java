/**
 * Strategic planning and governance: strategic objectives, weighted selection criteria (direct or
 * by pairwise comparison), intake of proposals with their business case, scoring by evaluators and
 * the ranking that follows, and the approval that turns a proposal into a project.
 */
@ApplicationModule(displayName = "Portfolio")
package org.cairnpmo.portfolio;

import org.springframework.modulith.ApplicationModule;
