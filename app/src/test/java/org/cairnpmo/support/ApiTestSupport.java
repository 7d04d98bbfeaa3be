package org.cairnpmo.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers for the JSON API tests: callers authenticate with personal access tokens (cheap to check,
 * unlike a password hash), bodies are written and read with the application's own JSON mapper. Adds
 * no configuration, so the Spring context stays the one shared by every integration test.
 */
public abstract class ApiTestSupport extends IntegrationTest {

  public static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
  public static final MediaType MERGE_PATCH = MediaType.valueOf("application/merge-patch+json");

  private static final Map<Long, String> TOKENS = new ConcurrentHashMap<>();

  @Autowired protected ApiTokenService tokens;
  @Autowired protected JsonMapper json;

  /** Authenticates a request as {@code user} with a personal access token. */
  protected RequestPostProcessor as(UserSummary user) {
    String token =
        TOKENS.computeIfAbsent(user.id(), id -> tokens.issue(id, "api test", null).secret());
    return bearer(token);
  }

  protected static RequestPostProcessor bearer(String token) {
    return request -> {
      request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
      return request;
    };
  }

  protected String write(Object body) {
    return json.writeValueAsString(body);
  }

  protected JsonNode read(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  /** A GET of {@code path} as {@code user}, with body and headers. */
  protected MvcResult fetch(String path, UserSummary user) throws Exception {
    return mvc.perform(get(path).with(as(user)).accept(MediaType.APPLICATION_JSON)).andReturn();
  }
}
