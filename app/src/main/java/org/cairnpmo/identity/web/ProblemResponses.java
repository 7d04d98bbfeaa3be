package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairnpmo.platform.web.Problems;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Security failures outside controllers still answer in the API's problem+json format. */
final class ProblemResponses {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", Problems.TYPE_BASE + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    // Through the JSON writer, so that a quote or a line break in a detail never breaks the body.
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
