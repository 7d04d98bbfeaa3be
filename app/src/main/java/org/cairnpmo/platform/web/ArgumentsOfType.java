package org.cairnpmo.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves every handler parameter of one type, registering itself with Spring MVC when declared as
 * a bean. The type stands for something the caller does not send as a parameter of that name (a
 * header, the signed-in person, query parameters described one by one), so the API description
 * leaves it out; where there is something to show there instead, an operation customizer adds it
 * for the handlers {@link #parameterOf} finds.
 */
public final class ArgumentsOfType<T> implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  /** How the value of such a parameter is read from the request. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(MethodParameter parameter, NativeWebRequest request, WebDataBinderFactory binders)
        throws Exception;
  }

  private final Class<T> type;
  private final Reader<T> reader;

  public ArgumentsOfType(Class<T> type, Reader<T> reader) {
    this.type = type;
    this.reader = reader;
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(type);
  }

  /** The handler's parameter of type {@code type}, if it takes one. */
  public static Optional<MethodParameter> parameterOf(HandlerMethod handler, Class<?> type) {
    return Arrays.stream(handler.getMethodParameters())
        .filter(p -> p.getParameterType() == type)
        .findFirst();
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == type;
  }

  @Override
  public T resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders)
      throws Exception {
    return reader.read(parameter, request, binders);
  }
}
