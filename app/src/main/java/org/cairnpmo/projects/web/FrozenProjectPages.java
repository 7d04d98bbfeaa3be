package org.cairnpmo.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.cairnpmo.projects.ProjectFrozenException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any page's change refused because the project is closed goes back to the page the person came
 * from, with the reason on top, rather than to an error page: the one answer for every module's
 * pages (a module's own page advice that handles broken rules answers the same way). The API
 * answers 409 problem+json before this is asked.
 */
@ControllerAdvice(annotations = Controller.class)
class FrozenProjectPages {

  @ExceptionHandler(ProjectFrozenException.class)
  String frozen(ProjectFrozenException e, HttpServletRequest request, RedirectAttributes redirect) {
    redirect.addFlashAttribute("flashError", e.getMessage());
    return "redirect:" + backTo(request);
  }

  /** The page the form was on (a path of this application), else the project's page. */
  static String backTo(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI uri = URI.create(referer);
        if (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName())) {
          String path = uri.getRawPath();
          if (path != null && path.startsWith("/") && !path.startsWith("//")) {
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
          }
        }
      } catch (IllegalArgumentException ignored) {
        // an unreadable Referer: fall back to the project's page
      }
    }
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables instanceof Map<?, ?> map) {
      Object id = map.get("projectId") != null ? map.get("projectId") : map.get("id");
      if (id != null && id.toString().matches("\\d{1,18}")) {
        return "/projects/" + id;
      }
    }
    return "/projects";
  }
}
