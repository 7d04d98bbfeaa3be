package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.ApiTokenService.IssuedToken;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/** Who am I, the people picker, and the ways to authenticate an API call. */
class MeApiTest extends ApiTestSupport {

  private static final String ME = "/api/v1/users/me";

  private static void isMe(ResultActions result, UserSummary user) throws Exception {
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(user.id()))
        .andExpect(jsonPath("$.username").value(user.username()))
        .andExpect(jsonPath("$.displayName").value(user.displayName()))
        .andExpect(jsonPath("$.email").value(user.email()))
        .andExpect(jsonPath("$.roles[0]").value("PROJECT_MANAGER"))
        .andExpect(jsonPath("$.password").doesNotExist())
        .andExpect(jsonPath("$.passwordHash").doesNotExist())
        .andExpect(content().string(not(containsString("{bcrypt}"))));
  }

  @Test
  void http_basic_and_a_personal_access_token_both_identify_the_caller() throws Exception {
    UserSummary user = user(Role.PROJECT_MANAGER);
    isMe(mvc.perform(get(ME).with(httpBasic(user.username(), PASSWORD))), user);
    isMe(mvc.perform(get(ME).with(as(user))), user);
  }

  @Test
  void a_revoked_or_unknown_token_answers_401() throws Exception {
    UserSummary user = user(Role.MEMBER);
    IssuedToken token = tokens.issue(user.id(), "to revoke", 30);
    mvc.perform(get(ME).with(bearer(token.secret()))).andExpect(status().isOk());
    tokens.revoke(user.id(), token.id());

    for (String presented :
        new String[] {
          token.secret(), "cairn_" + "x".repeat(40), "garbage", token.secret() + "x", ""
        }) {
      mvc.perform(get(ME).with(bearer(presented)))
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM))
          .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
    }
  }

  @Test
  void a_one_time_password_opens_no_api_until_it_is_changed() throws Exception {
    String name = "otp" + unique().toLowerCase();
    identity.createUser(
        new org.cairnpmo.identity.NewUser(
            name, "One Time", null, null, null, roles(Role.MEMBER), PASSWORD, true));
    mvc.perform(get(ME).with(httpBasic(name, PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("problem+json")))
        .andExpect(jsonPath("$.title").value("Password change required"));
  }

  @Test
  void a_wrong_password_answers_401_problem_json() throws Exception {
    UserSummary user = user(Role.MEMBER);
    mvc.perform(get(ME).with(httpBasic(user.username(), "not-the-password")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")));
    mvc.perform(get(ME).with(httpBasic("nobody-" + unique(), PASSWORD)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void five_failed_basic_sign_ins_lock_the_account_even_for_the_right_password() throws Exception {
    UserSummary user = user(Role.MEMBER);
    String token = tokens.issue(user.id(), "before the lock", null).secret();
    mvc.perform(get(ME).with(httpBasic(user.username(), PASSWORD))).andExpect(status().isOk());
    for (int attempt = 1; attempt <= 5; attempt++) {
      mvc.perform(get(ME).with(httpBasic(user.username(), "guess-" + attempt)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get(ME).with(httpBasic(user.username(), PASSWORD)))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail", containsString("locked")));
    mvc.perform(get(ME).with(bearer(token))).andExpect(status().isUnauthorized());
  }

  @Test
  void parallel_basic_calls_by_one_person_all_succeed() throws Exception {
    UserSummary user = user(Role.PROJECT_MANAGER);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CyclicBarrier start = new CyclicBarrier(3);
      List<Future<List<Integer>>> callers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        callers.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  List<Integer> statuses = new ArrayList<>();
                  for (int call = 0; call < 2; call++) {
                    statuses.add(
                        mvc.perform(get(ME).with(httpBasic(user.username(), PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus());
                  }
                  return statuses;
                }));
      }
      for (Future<List<Integer>> caller : callers) {
        assertThat(caller.get(120, TimeUnit.SECONDS)).containsOnly(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ADMIN", "PMO", "RESOURCE_MANAGER", "PROJECT_MANAGER"})
  void people_who_staff_projects_search_people(Role role) throws Exception {
    UserSummary wanted = user(Role.MEMBER);
    mvc.perform(get("/api/v1/users").with(as(user(role))).param("q", wanted.username()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].id").value(wanted.id()))
        .andExpect(jsonPath("$.content[0].displayName").value(wanted.displayName()))
        .andExpect(jsonPath("$.content[0].roles", hasItem("MEMBER")))
        .andExpect(content().string(not(containsString("password"))))
        .andExpect(content().string(not(containsString("{bcrypt}"))));
  }

  @Test
  void the_people_search_pages_up_to_200_people() throws Exception {
    mvc.perform(get("/api/v1/users").with(as(user(Role.PMO))).param("size", "200"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(200));
    mvc.perform(get("/api/v1/users").with(as(user(Role.PMO))).param("size", "1000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/v1/users").with(as(user(Role.PMO))).param("size", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"MEMBER", "EXECUTIVE"})
  void others_may_not_browse_people(Role role) throws Exception {
    mvc.perform(get("/api/v1/users").with(as(user(role))))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(403));
  }
}
