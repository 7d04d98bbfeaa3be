package org.cairnpmo.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class LoginPageTest extends IntegrationTest {

  @Test
  void the_sign_in_page_renders_with_its_form_and_csrf_token() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Sign in</h1>")))
        .andExpect(content().string(containsString("name=\"username\"")))
        .andExpect(content().string(containsString("name=\"password\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("/css/cairn-")))
        .andExpect(content().string(not(containsString("Wrong username or password"))));
  }

  @Test
  void the_outcome_of_a_sign_in_is_explained() throws Exception {
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString("Wrong username or password.")));
    mvc.perform(get("/login").param("locked", ""))
        .andExpect(content().string(containsString("Too many failed attempts.")))
        .andExpect(content().string(containsString("Try again later")));
    mvc.perform(get("/login").param("logout", ""))
        .andExpect(content().string(containsString("You have been signed out.")));
  }

  @Test
  void a_wrong_password_comes_back_to_the_page_with_the_error() throws Exception {
    var someone = user(Role.MEMBER);
    mvc.perform(formLogin().user(someone.username()).password("not-the-password"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void signing_in_lands_on_the_home_page() throws Exception {
    var someone = user(Role.MEMBER);
    mvc.perform(formLogin().user(someone.username()).password(PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void pages_need_a_signed_in_person() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
  }
}
