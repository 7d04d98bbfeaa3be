/**
 * Who people are and what they may do: users, global roles, API tokens, sign-in and lockout. A new
 * display name is announced ({@code PersonRenamed}) for the modules that keep a copy.
 *
 * <p>Single sign-on with OpenID Connect (docs/sso.md): providers as Spring Boot configures them,
 * resolved at their first use ({@code web.SsoProviders}); the person a provider vouches for becomes
 * the account linked to their subject, created just in time ({@code domain.SsoAccounts}), with the
 * roles and department of the administrators' rules ({@code domain.SsoRules}) at every sign-in.
 */
@ApplicationModule(
    displayName = "Identity and access",
    allowedDependencies = {"organization", "platform"})
package org.cairnpmo.identity;

import org.springframework.modulith.ApplicationModule;
