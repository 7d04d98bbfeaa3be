package org.cairnpmo.platform.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Resolves {@link IfMatch} parameters from the request header and describes the header in the API
 * description of every operation that takes one, so the parameter reads there as what the caller
 * sends: an optional {@code If-Match} header.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchArguments {

  @Bean
  static ArgumentsOfType<IfMatch> ifMatchParameters() {
    return new ArgumentsOfType<>(
        IfMatch.class,
        (parameter, request, binders) -> new IfMatch(request.getHeader(HttpHeaders.IF_MATCH)));
  }

  @Bean
  static OperationCustomizer ifMatchHeader() {
    return (operation, handler) -> {
      if (ArgumentsOfType.parameterOf(handler, IfMatch.class).isPresent()) {
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
