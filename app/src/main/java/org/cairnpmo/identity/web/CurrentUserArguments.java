package org.cairnpmo.identity.web;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler that declares a {@link CurrentUser} parameter gets the signed-in person, so no
 * controller needs {@link IdentityApi} only to ask who is calling. Nobody signed in is the same
 * "Not signed in" failure as {@link IdentityApi#requireCurrentUser()}; the parameter never appears
 * in the API description, because the caller does not send it.
 */
@Component
record CurrentUserArguments(IdentityApi identity)
    implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == CurrentUser.class;
  }

  @Override
  public CurrentUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return identity.requireCurrentUser();
  }
}
