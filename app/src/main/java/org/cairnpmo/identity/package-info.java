/** Who people are and what they may do: users, global roles, API tokens, sign-in and lockout. */
@ApplicationModule(displayName = "Identity and access")
package org.cairnpmo.identity;

import org.springframework.modulith.ApplicationModule;
