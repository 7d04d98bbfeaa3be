package org.cairnpmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The one way a page answers a change that lost the race to someone else's: the version the person
 * edited is stale when the service finds a newer one ({@link StaleVersionException}) or when the
 * database finds one at commit ({@link ObjectOptimisticLockingFailureException}); either way the
 * action says so with the message its {@link OnStaleVersion} gives, above the page it names.
 * Actions without one are left to the error page, and the API answers 409 on its own.
 */
@ControllerAdvice(annotations = Controller.class)
public class StaleVersionPages {

  /** Whether {@code failure} says the record was changed by someone else since it was read. */
  public static boolean isStale(Throwable failure) {
    return failure instanceof StaleVersionException
        || failure instanceof ObjectOptimisticLockingFailureException;
  }

  @ExceptionHandler({StaleVersionException.class, ObjectOptimisticLockingFailureException.class})
  String stale(
      RuntimeException failure,
      HandlerMethod handler,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    OnStaleVersion answer =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), OnStaleVersion.class);
    if (answer == null) {
      answer =
          AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), OnStaleVersion.class);
    }
    if (answer == null) {
      throw failure;
    }
    redirect.addFlashAttribute("flashError", answer.message());
    return "redirect:" + expand(answer.redirect(), pathVariables(request));
  }

  static String expand(String template, Map<String, String> variables) {
    String page = template;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      page =
          page.replace(
              "{" + variable.getKey() + "}",
              UriUtils.encodePathSegment(variable.getValue(), "UTF-8"));
    }
    return page;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
