package org.cairnpmo.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.SsoRuleForm;
import org.cairnpmo.identity.domain.SsoRules;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.support.BrowserTest;
import org.cairnpmo.support.TestOidcProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on end to end over HTTP: a real HTTP client with its own cookies walks the redirects
 * between the running application and a real OpenID provider in this JVM ({@link
 * TestOidcProvider}), as a browser does. Nothing of the security context is mocked: the provider
 * signs the ID token, and Cairn checks it, its nonce and its issuer.
 */
class SsoSignInTest extends BrowserTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired private SsoRules rules;
  @Autowired private UserAccountService accounts;
  @Autowired private OrganizationApi organization;
  @Autowired private JdbcClient jdbc;

  @BeforeAll
  void provider() {
    TestOidcProvider.server();
  }

  @Test
  void a_first_sign_in_creates_the_account_with_the_role_and_department_the_rules_give()
      throws Exception {
    String pmoGroup = "pmo-" + unique();
    String deptGroup = "dept-" + unique();
    DepartmentSummary department = department();
    rules.create(new SsoRuleForm("groups", pmoGroup, Role.PMO, null, null));
    rules.create(new SsoRuleForm("groups", deptGroup, null, department.id(), null));
    String username = "sso" + unique().toLowerCase();

    Walk walk = new Walk();
    walk.signIn(
        "subject-" + username,
        claims(username, "Ada Lovelace", List.of(deptGroup, "unrelated", pmoGroup)));

    assertThat(walk.last()).isEqualTo(url("/"));
    assertThat(walk.body).contains("Ada Lovelace");
    UserSummary created = identity.userByUsername(username).orElseThrow();
    assertThat(created.roles()).containsExactly(Role.PMO);
    assertThat(created.departmentId()).isEqualTo(department.id());
    assertThat(created.email()).isEqualTo(username + "@example.org");
    assertThat(created.displayName()).isEqualTo("Ada Lovelace");
    assertThat(audited(username, "SSO_ACCOUNT_CREATED")).isEqualTo(1);
    assertThat(audited(username, "SIGN_IN")).isEqualTo(1);
  }

  @Test
  void every_sign_in_applies_the_rules_again_and_no_rule_means_team_member() throws Exception {
    String group = "exec-" + unique();
    rules.create(new SsoRuleForm("groups", group, Role.EXECUTIVE, null, null));
    String username = "sso" + unique().toLowerCase();
    String subject = "subject-" + username;

    new Walk().signIn(subject, claims(username, "Grace Hopper", List.of(group)));
    long id = identity.userByUsername(username).orElseThrow().id();
    assertThat(identity.user(id).orElseThrow().roles()).containsExactly(Role.EXECUTIVE);

    Walk again = new Walk();
    again.signIn(subject, claims(username, "Grace B. Hopper", List.of("other")));
    assertThat(again.last()).isEqualTo(url("/"));
    UserSummary now = identity.user(id).orElseThrow();
    assertThat(now.roles()).containsExactly(Role.MEMBER);
    assertThat(now.displayName()).isEqualTo("Grace B. Hopper");
    assertThat(audited(username, "ROLES_CHANGED")).isEqualTo(1);
  }

  @Test
  void a_local_account_of_the_same_username_is_taken_over_only_once_an_administrator_allowed_it()
      throws Exception {
    UserSummary local = person(Role.PROJECT_MANAGER, "Local Person");

    Walk refused = new Walk();
    refused.signIn("intruder-" + unique(), claims(local.username(), "Someone Else", List.of()));
    assertThat(refused.last()).isEqualTo(url("/login?sso=taken"));
    assertThat(refused.body).contains("A Cairn account with your username already exists");
    assertThat(identity.user(local.id()).orElseThrow().displayName())
        .isEqualTo(local.displayName());
    assertThat(audited(local.username(), "SIGN_IN_FAILED")).isEqualTo(1);

    accounts.allowSsoLink(local.id());
    Walk linked = new Walk();
    linked.signIn("owner-" + unique(), claims(local.username(), "Local Person", List.of()));
    assertThat(linked.last()).isEqualTo(url("/"));
    assertThat(identity.userByUsername(local.username()).orElseThrow().id()).isEqualTo(local.id());
    // The administrator's consent, then the link itself.
    assertThat(audited(local.username(), "SSO_ACCOUNT_LINKED")).isEqualTo(2);
  }

  @Test
  void a_provider_that_names_no_username_is_refused_with_the_reason() throws Exception {
    Walk walk = new Walk();
    walk.signIn("nameless-" + unique(), Map.of("name", "No Name"));
    assertThat(walk.last()).isEqualTo(url("/login?sso=no-username"));
    assertThat(walk.body).contains("did not tell Cairn a username");
  }

  @Test
  void a_username_claim_that_cannot_be_a_username_gives_way_to_the_email_address()
      throws Exception {
    String email = "mail." + unique().toLowerCase() + "@example.org";
    Map<String, Object> claims = claims(email, "Mail Person", List.of());
    claims.put("preferred_username", "Not A Username!");
    Walk walk = new Walk();
    walk.signIn("mail-" + email, claims);
    assertThat(walk.last()).isEqualTo(url("/"));
    assertThat(identity.userByUsername(email)).isPresent();
  }

  @Test
  void a_disabled_account_cannot_sign_in_through_its_provider() throws Exception {
    String username = "sso" + unique().toLowerCase();
    String subject = "subject-" + username;
    new Walk().signIn(subject, claims(username, "Soon Gone", List.of()));
    UserSummary user = identity.userByUsername(username).orElseThrow();
    accounts.update(
        -1,
        user.id(),
        accounts.find(user.id()).getVersion(),
        user.displayName(),
        user.email(),
        null,
        null,
        user.roles(),
        false);

    Walk walk = new Walk();
    walk.signIn(subject, claims(username, "Soon Gone", List.of()));
    assertThat(walk.last()).isEqualTo(url("/login?sso=disabled"));
  }

  @Test
  void signing_out_ends_the_session_at_the_provider_too() throws Exception {
    String username = "sso" + unique().toLowerCase();
    Walk walk = new Walk();
    walk.signIn("subject-" + username, claims(username, "Leaving Soon", List.of()));
    Matcher csrf = CSRF.matcher(walk.body);
    assertThat(csrf.find()).isTrue();

    HttpResponse<String> out =
        walk.send(
            HttpRequest.newBuilder(URI.create(url("/logout")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
                .build());
    assertThat(out.statusCode()).isEqualTo(302);
    String endSession = out.headers().firstValue("Location").orElseThrow();
    assertThat(endSession).startsWith(TestOidcProvider.endSessionUrl());
    assertThat(URLDecoder.decode(endSession, StandardCharsets.UTF_8))
        .contains("id_token_hint=")
        .contains("post_logout_redirect_uri=" + url("/login?logout"));

    walk.follow(endSession);
    assertThat(walk.last()).isEqualTo(url("/login?logout"));
    assertThat(walk.body).contains("You have been signed out.");
    walk.follow(url("/"));
    assertThat(walk.last()).isEqualTo(url("/login"));
  }

  @Test
  void in_a_browser_the_provider_button_signs_in_and_signing_out_passes_by_the_provider() {
    String username = "sso" + unique().toLowerCase();
    TestOidcProvider.nextSignIn(
        "subject-" + username, claims(username, "Brenda Browser", List.of()));
    try (BrowserContext context = context()) {
      Page page = context.newPage();
      page.navigate(url("/login"));
      shot(page, "sso-01-sign-in");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Test provider"))
          .click();
      page.waitForURL(url("/"));
      assertThat(page.locator(".user-menu__name")).hasText("Brenda Browser");

      page.locator(".user-menu summary").click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
      // The sign-out form's answer leads to the provider's end of session (the page's
      // Content-Security-Policy allows it) and from there back to the sign-in page.
      page.waitForURL(url("/login?logout"));
      assertThat(page.getByText("You have been signed out.")).isVisible();
    }
  }

  private static Map<String, Object> claims(String username, String name, List<String> groups) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("preferred_username", username);
    claims.put("name", name);
    claims.put("email", username.contains("@") ? username : username + "@example.org");
    claims.put("groups", groups);
    return claims;
  }

  private DepartmentSummary department() {
    String code = "S" + unique();
    return organization.createDepartment(
        new DepartmentForm(code, "Department " + code, null, true, null));
  }

  private int audited(String subject, String kind) {
    return jdbc.sql("select count(*) from hst_audit where subject = ? and kind = ?")
        .params(subject, kind)
        .query(Integer.class)
        .single();
  }

  /** A browser's walk: its own cookies, every redirect followed and remembered. */
  private final class Walk {

    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<String> visited = new ArrayList<>();
    private String body;

    /** Clicks "Sign in with Test provider" while the provider vouches for {@code subject}. */
    void signIn(String subject, Map<String, Object> claims) throws Exception {
      TestOidcProvider.nextSignIn(subject, claims);
      follow(url("/oauth2/authorization/" + TestOidcProvider.ISSUER));
      assertThat(visited).anySatisfy(u -> assertThat(u).contains("/test-idp/authorize"));
    }

    void follow(String start) throws Exception {
      String next = start;
      for (int hops = 0; hops < 10; hops++) {
        visited.add(next);
        HttpResponse<String> response =
            send(HttpRequest.newBuilder(URI.create(next)).GET().build());
        body = response.body();
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
          return;
        }
        next = URI.create(next).resolve(location).toString();
      }
      throw new AssertionError("Too many redirects: " + visited);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String last() {
      return visited.get(visited.size() - 1);
    }
  }
}
