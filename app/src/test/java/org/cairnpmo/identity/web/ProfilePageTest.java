package org.cairnpmo.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.identity.web.PageSessions.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.ApiToken;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProfilePageTest extends IntegrationTest {

  private static final Pattern SECRET = Pattern.compile("cairn_[A-Za-z0-9]{40}");

  @Autowired UserAccountService accounts;
  @Autowired ApiTokenService tokens;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anonymous_visitors_are_sent_to_sign_in() throws Exception {
    mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/profile/password")).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/profile/tokens").with(csrf()).param("name", "x"))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(post("/profile/tokens/1/revoke").with(csrf())).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/profile/password").with(csrf())).andExpect(redirectedUrl("/login"));
  }

  @Test
  void the_profile_shows_who_i_am_and_my_tokens() throws Exception {
    var department = department();
    var me = user(Role.PROJECT_MANAGER, Role.RESOURCE_MANAGER);
    accounts.update(
        me.id(),
        me.id(),
        accounts.find(me.id()).getVersion(),
        me.displayName(),
        me.email(),
        "Delivery lead",
        department.id(),
        me.roles(),
        true);
    tokens.issue(me.id(), "Nightly export", 30);

    mvc.perform(get("/profile").with(as(accounts, me.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(me.displayName())))
        .andExpect(content().string(containsString(me.username())))
        .andExpect(content().string(containsString("Delivery lead")))
        .andExpect(content().string(containsString(department.name())))
        .andExpect(content().string(containsString("Project manager")))
        .andExpect(content().string(containsString("Resource manager")))
        .andExpect(content().string(containsString("Nightly export")));
  }

  @Test
  void a_new_token_is_shown_once_and_only_its_hash_is_stored() throws Exception {
    var me = user(Role.MEMBER);

    String page =
        mvc.perform(
                post("/profile/tokens")
                    .with(as(accounts, me.id()))
                    .with(csrf())
                    .param("name", "Reporting script")
                    .param("validDays", "90"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(containsString("will not be shown again")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher matcher = SECRET.matcher(page);
    assertThat(matcher.find()).as("the page shows the token").isTrue();
    String secret = matcher.group();

    assertThat(tokens.authenticate(secret))
        .hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(me.id()));
    ApiToken stored = tokens.tokensOf(me.id()).get(0);
    assertThat(stored.getExpiresAt()).isNotNull();
    String hash =
        jdbc.queryForObject(
            "select token_hash from api_token where id = ?", String.class, stored.getId());
    assertThat(hash).isNotEqualTo(secret).doesNotContain(secret.substring(6)).hasSize(64);

    mvc.perform(get("/profile").with(as(accounts, me.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Reporting script")))
        .andExpect(content().string(containsString(stored.getTokenPrefix())))
        .andExpect(content().string(not(containsString(secret))));
  }

  @Test
  void a_token_needs_a_name_and_a_sensible_validity() throws Exception {
    var me = user(Role.MEMBER);

    mvc.perform(post("/profile/tokens").with(as(accounts, me.id())).with(csrf()).param("name", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Give the token a name")));
    mvc.perform(
            post("/profile/tokens")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("name", "x")
                .param("validDays", "soon"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a whole number of days")));
    mvc.perform(
            post("/profile/tokens")
                .with(as(accounts, me.id()))
                .with(csrf())
                .param("name", "x")
                .param("validDays", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("between 1 and 3650 days")));

    assertThat(tokens.tokensOf(me.id())).isEmpty();
  }

  @Test
  void a_revoked_token_no_longer_opens_the_api() throws Exception {
    var me = user(Role.MEMBER);
    var issued = tokens.issue(me.id(), "Old laptop", null);
    assertThat(tokens.authenticate(issued.secret())).isPresent();

    mvc.perform(
            post("/profile/tokens/{id}/revoke", issued.id())
                .with(as(accounts, me.id()))
                .with(csrf()))
        .andExpect(redirectedUrl("/profile"))
        .andExpect(flash().attribute("flash", containsString("Old laptop")));

    assertThat(tokens.authenticate(issued.secret())).isEmpty();
    mvc.perform(get("/profile").with(as(accounts, me.id())))
        .andExpect(content().string(containsString("Revoked")));
  }

  @Test
  void nobody_can_revoke_someone_elses_token() throws Exception {
    UserSummary owner = user(Role.MEMBER);
    UserSummary other = user(Role.ADMIN);
    var issued = tokens.issue(owner.id(), "Mine", null);

    mvc.perform(
            post("/profile/tokens/{id}/revoke", issued.id())
                .with(as(accounts, other.id()))
                .with(csrf()))
        .andExpect(status().isNotFound());

    assertThat(tokens.authenticate(issued.secret())).isPresent();
  }

  @Test
  void revoking_needs_the_csrf_token() throws Exception {
    var me = user(Role.MEMBER);
    var issued = tokens.issue(me.id(), "Guarded", null);

    mvc.perform(post("/profile/tokens/{id}/revoke", issued.id()).with(as(accounts, me.id())))
        .andExpect(status().isForbidden());

    assertThat(tokens.authenticate(issued.secret())).isPresent();
  }
}
