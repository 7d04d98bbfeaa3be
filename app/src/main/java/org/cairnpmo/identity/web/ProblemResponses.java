package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.platform.web.Problems;
import org.springframework.http.MediaType;

/** Security failures outside controllers still answer in the API's problem+json format. */
final class ProblemResponses {

  private ProblemResponses() {}

  static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\""
                + Problems.TYPE_BASE
                + type
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
