/**
 * Demo data: a believable organization (Northwind Industries) with departments, people and a living
 * project register, loaded only when {@code cairn.demo.enabled=true}. Goes through the other
 * modules' public APIs only.
 */
@ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"identity", "organization", "projects", "platform"})
package org.cairnpmo.demo;

import org.springframework.modulith.ApplicationModule;
