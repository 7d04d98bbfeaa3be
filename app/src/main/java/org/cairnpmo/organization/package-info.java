/**
 * The shape of the organization: departments (organization units) that own projects and people. A
 * new department name is announced ({@code DepartmentRenamed}) for the modules that keep a copy.
 */
@ApplicationModule(
    displayName = "Organization",
    allowedDependencies = {"platform"})
package org.cairnpmo.organization;

import org.springframework.modulith.ApplicationModule;
