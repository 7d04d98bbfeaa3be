/**
 * The project register: every project's identity, classification, lifecycle status, membership, and
 * the history of every change.
 */
@ApplicationModule(
    displayName = "Project register",
    allowedDependencies = {"identity", "organization", "platform", "portfolio"})
package org.cairnpmo.projects;

import org.springframework.modulith.ApplicationModule;
