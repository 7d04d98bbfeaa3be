/**
 * Who people are and what they may do: users, global roles, API tokens, sign-in and lockout. A new
 * display name is announced ({@code PersonRenamed}) for the modules that keep a copy.
 */
@ApplicationModule(
    displayName = "Identity and access",
    allowedDependencies = {"organization", "platform"})
package org.cairnpmo.identity;

import org.springframework.modulith.ApplicationModule;
