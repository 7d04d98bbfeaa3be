package org.cairnpmo.identity.web;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.web.ArgumentsOfType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A handler that declares a {@link CurrentUser} parameter gets the signed-in person, so no
 * controller needs {@link IdentityApi} only to ask who is calling. Nobody signed in is the same
 * "Not signed in" failure as {@link IdentityApi#requireCurrentUser()}; the parameter never appears
 * in the API description, because the caller does not send it.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArguments {

  @Bean
  ArgumentsOfType<CurrentUser> currentUserParameters(IdentityApi identity) {
    return new ArgumentsOfType<>(
        CurrentUser.class, (parameter, request, binders) -> identity.requireCurrentUser());
  }
}
