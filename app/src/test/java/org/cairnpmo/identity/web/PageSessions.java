package org.cairnpmo.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.domain.UserAccountService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Ways to be signed in for page tests: as a principal loaded from the database (fast), or through
 * the real sign-in form, keeping the session like a browser does (Spring Session's cookie or the
 * servlet session, whichever the application uses).
 */
final class PageSessions {

  private PageSessions() {}

  /** Signed in as this account, as the sign-in form would have left it in the session. */
  static RequestPostProcessor as(UserAccountService accounts, long userId) {
    CairnPrincipal principal = accounts.principal(userId);
    return SecurityMockMvcRequestPostProcessors.user(
        principal.withoutPassword(principal.mustChangePassword()));
  }

  /** Signs in through the form; the result says where the form sent the browser. */
  static Browser signIn(MockMvc mvc, String username, String password) throws Exception {
    MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
    return new Browser(result);
  }

  /** What a browser keeps between requests: the session and its cookies. */
  static final class Browser implements RequestPostProcessor {

    private final MvcResult login;
    private final MockHttpSession session;
    private final List<Cookie> cookies = new ArrayList<>();

    Browser(MvcResult login) {
      this.login = login;
      this.session = (MockHttpSession) login.getRequest().getSession(false);
      cookies.addAll(Arrays.asList(login.getResponse().getCookies()));
    }

    String redirectedTo() {
      return login.getResponse().getRedirectedUrl();
    }

    @Override
    public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
        org.springframework.mock.web.MockHttpServletRequest request) {
      if (session != null) {
        request.setSession(session);
      }
      if (!cookies.isEmpty()) {
        request.setCookies(cookies.toArray(Cookie[]::new));
      }
      return request;
    }
  }
}
