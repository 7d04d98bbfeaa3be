/**
 * Demo data: a believable organization (Northwind Industries) with departments, people and a living
 * project register, loaded only when {@code cairn.demo.enabled=true}. Goes through the other
 * modules' public APIs only.
 *
 * <p>The words of the demo (the project register here, the proposals of the portfolio, the texts of
 * project control) are YAML files under {@code demo/} on the class path, read at load. Each module
 * loads its part of the demo when the part it builds on announces itself with a {@code
 * platform.DemoLoaded} event; this module starts the chain once the organization is in place. The
 * synthetic projects are registered in bulk through {@code ProjectsApi}.
 */
@ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"identity", "organization", "projects", "platform"})
package org.cairnpmo.demo;

import org.springframework.modulith.ApplicationModule;
