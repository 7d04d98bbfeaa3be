/** The shape of the organization: departments (organization units) that own projects and people. */
@ApplicationModule(displayName = "Organization")
package org.cairnpmo.organization;

import org.springframework.modulith.ApplicationModule;
