package org.cairnpmo.planning.web;

import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.IdentityApi;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Resolves {@link PlanPageChange} parameters: the {@code projectId} of the address, the {@code
 * version} the form sent (missing or not a number is a 400, as for any required parameter), the
 * signed-in person, and the redirect's flash messages, which Spring MVC keeps for the next page as
 * it does for a {@code RedirectAttributes} parameter.
 */
@Component
record PlanPageChangeArguments(PlanPages pages, IdentityApi identity)
    implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PlanPageChange.class;
  }

  @Override
  public PlanPageChange resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders)
      throws Exception {
    Object variables =
        request.getAttribute(
            HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    Object projectId = variables instanceof Map<?, ?> map ? map.get("projectId") : null;
    if (projectId == null) {
      throw new MissingPathVariableException("projectId", parameter);
    }
    String version = request.getParameter("version");
    if (version == null) {
      throw new MissingServletRequestParameterException("version", "long");
    }
    var binder = binders.createBinder(request, null, "version");
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(binder);
    container.setRedirectModel(redirect);
    return new PlanPageChange(
        pages,
        binder.convertIfNecessary(projectId, long.class, parameter),
        binder.convertIfNecessary(version, long.class, parameter),
        identity.requireCurrentUser(),
        redirect);
  }
}
