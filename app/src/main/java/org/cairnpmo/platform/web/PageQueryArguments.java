package org.cairnpmo.platform.web;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Resolves {@link PageQuery} parameters from the query parameters {@code page} and {@code size}
 * exactly as {@code @RequestParam(defaultValue = ...) int} would (missing or empty takes the
 * default, a value that is no whole number answers the usual 400 naming the parameter), then checks
 * them with {@link Paging#check}; and describes the two query parameters in the API description of
 * every operation that takes one.
 */
@Configuration(proxyBeanMethods = false)
class PageQueryArguments {

  static final String PAGE = "page";
  static final String SIZE = "size";

  @Bean
  static ArgumentsOfType<PageQuery> pageQueryParameters() {
    return new ArgumentsOfType<>(PageQuery.class, PageQueryArguments::read);
  }

  @Bean
  static OperationCustomizer pageQueryDescription() {
    return (operation, handler) -> {
      ArgumentsOfType.parameterOf(handler, PageQuery.class)
          .ifPresent(
              paging -> {
                operation.addParametersItem(query(PAGE, "Page number, from 0", 0));
                operation.addParametersItem(
                    query(SIZE, "Page size, 1 to " + Paging.MAX_SIZE, defaultSize(paging)));
              });
      return operation;
    };
  }

  private static PageQuery read(
      MethodParameter parameter, NativeWebRequest request, WebDataBinderFactory binders)
      throws Exception {
    int page = number(PAGE, 0, parameter, request, binders);
    int size = number(SIZE, defaultSize(parameter), parameter, request, binders);
    Paging.check(page, size);
    return new PageQuery(page, size);
  }

  private static int number(
      String name,
      int defaultValue,
      MethodParameter parameter,
      NativeWebRequest request,
      WebDataBinderFactory binders)
      throws Exception {
    String value = request.getParameter(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      Integer number =
          binders.createBinder(request, null, name).convertIfNecessary(value, int.class, parameter);
      return number == null ? defaultValue : number;
    } catch (TypeMismatchException e) {
      throw new MethodArgumentTypeMismatchException(
          value, int.class, name, parameter, e.getCause());
    }
  }

  private static int defaultSize(MethodParameter parameter) {
    return Optional.ofNullable(parameter.getParameterAnnotation(PageQuery.DefaultSize.class))
        .map(PageQuery.DefaultSize::value)
        .orElse(PageQuery.DEFAULT_SIZE);
  }

  private static QueryParameter query(String name, String description, int defaultValue) {
    IntegerSchema schema = new IntegerSchema();
    schema.setDefault(defaultValue);
    return (QueryParameter)
        new QueryParameter().name(name).required(false).description(description).schema(schema);
  }
}
