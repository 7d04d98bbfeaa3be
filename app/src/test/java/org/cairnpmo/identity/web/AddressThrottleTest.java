package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.IdentityProperties;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Failed sign-ins are counted per client address as well as per account: an address that guesses at
 * many accounts is refused once it reaches the limit, by the sign-in form and the API alike, while
 * people elsewhere sign in as usual.
 */
class AddressThrottleTest extends ApiTestSupport {

  private static final AtomicInteger NEXT = new AtomicInteger(1);

  @Autowired IdentityProperties properties;

  /** An address of its own for each test, so that no other test's failures count. */
  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String freshAddress() {
    return "10.77.0." + NEXT.getAndIncrement();
  }

  private static MockHttpServletRequestBuilder signIn(String username, String address) {
    return post("/login")
        .param("username", username)
        .param("password", PASSWORD)
        .with(csrf())
        .with(from(address));
  }

  private void failUpToTheLimit(String address) throws Exception {
    int limit = properties.security().maxFailedLoginsPerAddress();
    for (int attempt = 0; attempt < limit; attempt++) {
      mvc.perform(
              get("/api/v1/users/me")
                  .with(httpBasic("nobody-" + attempt, "guess-" + attempt))
                  .with(from(address)))
          .andExpect(status().isUnauthorized());
    }
  }

  @Test
  void an_address_that_guessed_at_many_accounts_is_refused_with_429_and_retry_after()
      throws Exception {
    UserSummary person = user(Role.MEMBER);
    String address = freshAddress();
    failUpToTheLimit(address);

    MvcResult refused =
        mvc.perform(
                get("/api/v1/users/me")
                    .with(httpBasic(person.username(), PASSWORD))
                    .with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andReturn();
    JsonNode problem = read(refused);
    assertThat(problem.get("type").asString()).endsWith("too-many-sign-ins");
    assertThat(problem.get("detail").asString()).contains("try again in 15 minutes");
    assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 900L);

    // The same person from another address, and anyone without credentials, are not affected.
    mvc.perform(
            get("/api/v1/users/me")
                .with(httpBasic(person.username(), PASSWORD))
                .with(from(freshAddress())))
        .andExpect(status().isOk());
  }

  @Test
  void the_sign_in_form_from_a_refused_address_says_why_and_checks_no_password() throws Exception {
    UserSummary person = user(Role.MEMBER);
    String address = freshAddress();
    failUpToTheLimit(address);

    mvc.perform(signIn(person.username(), address)).andExpect(redirectedUrl("/login?throttled=15"));
    mvc.perform(get("/login").param("throttled", "15"))
        .andExpect(content().string(containsString("Too many failed sign-ins from your address.")))
        .andExpect(content().string(containsString("refused for 15 more minutes")));
    mvc.perform(signIn(person.username(), freshAddress())).andExpect(redirectedUrl("/"));
  }

  @Test
  void guessed_access_tokens_count_and_the_refusal_is_in_the_audit_log() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    String address = freshAddress();
    int limit = properties.security().maxFailedLoginsPerAddress();
    for (int attempt = 0; attempt < limit; attempt++) {
      mvc.perform(
              get("/api/v1/users/me")
                  .header("Authorization", "Bearer guessed-token-" + attempt)
                  .with(from(address)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(
            get("/api/v1/users/me")
                .header("Authorization", "Bearer guessed-token-again")
                .with(from(address)))
        .andExpect(status().isTooManyRequests());

    String other = freshAddress();
    failUpToTheLimit(other);
    JsonNode entries =
        read(mvc.perform(
                    get("/api/v1/admin/audit").param("kind", "ADDRESS_THROTTLED").with(as(admin)))
                .andExpect(status().isOk())
                .andReturn())
            .get("content");
    List<String> subjects = new ArrayList<>();
    entries.forEach(entry -> subjects.add(entry.get("subject").asString()));
    assertThat(subjects).contains(address, other);
  }

  @Test
  void a_page_cannot_be_made_to_say_anything_but_a_number_of_minutes() throws Exception {
    mvc.perform(get("/login").param("throttled", "<script>"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<script>"))))
        .andExpect(content().string(not(containsString("from your address"))));
    mvc.perform(get("/login").param("throttled", "99999"))
        .andExpect(content().string(containsString("refused for 1440 more minutes")));
  }
}
