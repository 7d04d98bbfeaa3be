package org.cairnpmo.platform.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resolves {@link IfMatch} parameters from the request header and describes the header in the API
 * description of every operation that takes one, so the parameter reads there as what the caller
 * sends: an optional {@code If-Match} header.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == IfMatch.class;
  }

  @Override
  public IfMatch resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return new IfMatch(request.getHeader(HttpHeaders.IF_MATCH));
  }

  @Bean
  static OperationCustomizer ifMatchHeader() {
    return (operation, handler) -> {
      boolean takesIfMatch =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> p.getParameterType() == IfMatch.class);
      if (takesIfMatch) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(HttpHeaders.IF_MATCH)
                .required(false)
                .description(
                    "The ETag of the version you edited, e.g. \"3\"; else the body's 'version'.")
                .schema(new StringSchema()));
      }
      return operation;
    };
  }
}
