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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.identity.domain.UserRepository;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class UserAdminPageTest extends IntegrationTest {

  private static final Pattern ONE_TIME =
      Pattern.compile("id=\"one-time-password\">([A-Za-z0-9-]+)<");

  @Autowired UserAccountService accounts;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder passwordEncoder;

  private List<MockHttpServletRequestBuilder> everyAdminRequest(long someUser, long department) {
    return List.of(
        get("/admin/users"),
        get("/admin/users").param("q", "a"),
        get("/admin/users/new"),
        get("/admin/users/{id}", someUser),
        post("/admin/users").param("username", "intruder").param("displayName", "I"),
        post("/admin/users/{id}", someUser).param("displayName", "Hacked"),
        post("/admin/users/{id}/unlock", someUser),
        post("/admin/users/{id}/reset-password", someUser),
        post("/admin/users/{id}/allow-sso", someUser),
        post("/admin/users/{id}/unlink-sso", someUser),
        get("/admin/sso"),
        post("/admin/sso").param("claim", "groups").param("value", "x").param("role", "ADMIN"),
        post("/admin/sso/{id}/delete", someUser).param("version", "0"),
        get("/admin/departments"),
        get("/admin/departments/new"),
        get("/admin/departments/{id}", department),
        post("/admin/departments").param("code", "HACK").param("name", "Hack"),
        post("/admin/departments/{id}", department).param("code", "HACK").param("name", "Hack"));
  }

  @Test
  void only_administrators_reach_any_admin_page_or_action() throws Exception {
    var target = user(Role.MEMBER);
    var department = department();
    String hashBefore = accounts.find(target.id()).getPasswordHash();

    for (var request : everyAdminRequest(target.id(), department.id())) {
      mvc.perform(request.with(csrf())).andExpect(redirectedUrl("/login"));
    }
    for (Role role : List.of(Role.PMO, Role.EXECUTIVE, Role.PROJECT_MANAGER, Role.MEMBER)) {
      var nonAdmin = user(role, Role.RESOURCE_MANAGER);
      for (var request : everyAdminRequest(target.id(), department.id())) {
        mvc.perform(request.with(as(accounts, nonAdmin.id())).with(csrf()))
            .andExpect(status().isForbidden());
      }
    }

    User after = accounts.find(target.id());
    assertThat(after.getDisplayName()).isEqualTo(target.displayName());
    assertThat(after.getPasswordHash()).isEqualTo(hashBefore);
    assertThat(organization.department(department.id()).orElseThrow().name())
        .isEqualTo(department.name());
    assertThat(users.existsByUsernameIgnoreCase("intruder")).isFalse();
  }

  @Test
  void the_list_is_searchable_and_says_when_nobody_matches() throws Exception {
    var admin = user(Role.ADMIN);
    var department = department();
    var ada = user(Role.PMO);
    accounts.update(
        admin.id(),
        ada.id(),
        accounts.find(ada.id()).getVersion(),
        "Ada Searchable",
        ada.email(),
        null,
        department.id(),
        ada.roles(),
        true);

    mvc.perform(get("/admin/users").param("q", ada.username()).with(as(accounts, admin.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ada Searchable")))
        .andExpect(content().string(containsString(department.name())))
        .andExpect(content().string(containsString("PMO lead / analyst")))
        .andExpect(content().string(not(containsString("/admin/users/" + admin.id() + "\""))));
    mvc.perform(get("/admin/users").param("q", "nobody-" + unique()).with(as(accounts, admin.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nobody matches")));
    mvc.perform(get("/admin/users").param("page", "1").with(as(accounts, admin.id())))
        .andExpect(status().isOk());
  }

  @Test
  void creating_a_user_checks_every_field_and_shows_all_problems() throws Exception {
    var admin = user(Role.ADMIN);

    mvc.perform(
            post("/admin/users")
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("username", "Not Valid!")
                .param("displayName", "")
                .param("email", "not-an-address")
                .param("password", "short")
                .param("_roles", "on"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Use 2 to 60 lower-case letters")))
        .andExpect(content().string(containsString("Enter the person&#39;s name.")))
        .andExpect(content().string(containsString("Enter an e-mail address")))
        .andExpect(content().string(containsString("Use at least 10 characters.")))
        .andExpect(content().string(containsString("Choose at least one role.")))
        .andExpect(content().string(not(containsString("value=\"short\""))));

    mvc.perform(
            post("/admin/users")
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("username", admin.username())
                .param("displayName", "Twin")
                .param("roles", "MEMBER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This username is already taken.")));

    mvc.perform(
            post("/admin/users")
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("username", "ghost" + unique().toLowerCase())
                .param("displayName", "Ghost")
                .param("departmentId", "999999999")
                .param("roles", "MEMBER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose a department from the list.")));
  }

  @Test
  void a_user_created_with_a_chosen_password_must_change_it_at_first_sign_in() throws Exception {
    var admin = user(Role.ADMIN);
    var department = department();
    String username = "chosen" + unique().toLowerCase();

    mvc.perform(
            post("/admin/users")
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("id", "1")
                .param("username", username)
                .param("displayName", "Chosen One")
                .param("email", username + "@example.org")
                .param("jobTitle", "Analyst")
                .param("departmentId", String.valueOf(department.id()))
                .param("roles", "PMO", "EXECUTIVE")
                .param("password", "handed-over-password"))
        .andExpect(redirectedUrlPattern("/admin/users/*"))
        .andExpect(flash().attribute("flash", containsString("Chosen One")));

    User created = users.findByUsernameIgnoreCase(username).orElseThrow();
    assertThat(created.getId()).isNotEqualTo(1L);
    assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.PMO, Role.EXECUTIVE);
    assertThat(created.getDepartmentId()).isEqualTo(department.id());
    assertThat(created.getJobTitle()).isEqualTo("Analyst");
    assertThat(created.isMustChangePassword()).isTrue();
    assertThat(passwordEncoder.matches("handed-over-password", created.getPasswordHash())).isTrue();
  }

  @Test
  void without_a_password_a_one_time_password_is_generated_and_shown_once() throws Exception {
    var admin = user(Role.ADMIN);
    String username = "onetime" + unique().toLowerCase();

    String page =
        mvc.perform(
                post("/admin/users")
                    .with(as(accounts, admin.id()))
                    .with(csrf())
                    .param("username", username)
                    .param("displayName", "One Time")
                    .param("roles", "MEMBER"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(containsString("shown only now")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher matcher = ONE_TIME.matcher(page);
    assertThat(matcher.find()).isTrue();
    String oneTime = matcher.group(1);

    User created = users.findByUsernameIgnoreCase(username).orElseThrow();
    assertThat(created.isMustChangePassword()).isTrue();
    assertThat(passwordEncoder.matches(oneTime, created.getPasswordHash())).isTrue();
    mvc.perform(get("/admin/users/{id}", created.getId()).with(as(accounts, admin.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(oneTime))));
  }

  @Test
  void an_administrator_edits_a_person() throws Exception {
    var admin = user(Role.ADMIN);
    var person = user(Role.MEMBER);
    var department = department();
    long version = accounts.find(person.id()).getVersion();

    mvc.perform(get("/admin/users/{id}", person.id()).with(as(accounts, admin.id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(person.displayName())))
        .andExpect(content().string(containsString("name=\"version\"")));

    mvc.perform(
            post("/admin/users/{id}", person.id())
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", "Renamed Person")
                .param("email", "renamed@example.org")
                .param("jobTitle", "Scheduler")
                .param("departmentId", String.valueOf(department.id()))
                .param("roles", "PROJECT_MANAGER")
                .param("_enabled", "on"))
        .andExpect(redirectedUrl("/admin/users/" + person.id()))
        .andExpect(flash().attribute("flash", containsString("Renamed Person")));

    User after = accounts.find(person.id());
    assertThat(after.getDisplayName()).isEqualTo("Renamed Person");
    assertThat(after.getRoles()).containsExactly(Role.PROJECT_MANAGER);
    assertThat(after.getDepartmentId()).isEqualTo(department.id());
    assertThat(after.isEnabled()).isFalse();
    assertThat(after.getVersion()).isGreaterThan(version);
  }

  @Test
  void an_edit_shows_validation_problems_at_their_fields() throws Exception {
    var admin = user(Role.ADMIN);
    var person = user(Role.MEMBER);
    long version = accounts.find(person.id()).getVersion();

    mvc.perform(
            post("/admin/users/{id}", person.id())
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", " ")
                .param("_roles", "on")
                .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the person&#39;s name.")))
        .andExpect(content().string(containsString("Choose at least one role.")));

    assertThat(accounts.find(person.id()).getDisplayName()).isEqualTo(person.displayName());
  }

  @Test
  void a_stale_edit_is_refused_with_a_clear_message_and_nothing_is_lost() throws Exception {
    var admin = user(Role.ADMIN);
    var person = user(Role.MEMBER);
    long version = accounts.find(person.id()).getVersion();
    accounts.update(
        admin.id(),
        person.id(),
        version,
        "Changed Meanwhile",
        null,
        null,
        null,
        person.roles(),
        true);

    mvc.perform(
            post("/admin/users/{id}", person.id())
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", "My Late Edit")
                .param("roles", "MEMBER")
                .param("enabled", "true"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed this user")))
        .andExpect(content().string(containsString("Reload the current version")));

    assertThat(accounts.find(person.id()).getDisplayName()).isEqualTo("Changed Meanwhile");
  }

  @Test
  void administrators_cannot_disable_themselves_or_drop_their_own_admin_role() throws Exception {
    var admin = user(Role.ADMIN);
    long version = accounts.find(admin.id()).getVersion();

    mvc.perform(
            post("/admin/users/{id}", admin.id())
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", admin.displayName())
                .param("roles", "ADMIN")
                .param("_enabled", "on"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("You cannot disable your own account.")));
    mvc.perform(
            post("/admin/users/{id}", admin.id())
                .with(as(accounts, admin.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", admin.displayName())
                .param("roles", "PMO")
                .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("You cannot remove your own Administrator role.")));

    User after = accounts.find(admin.id());
    assertThat(after.isEnabled()).isTrue();
    assertThat(after.getRoles()).contains(Role.ADMIN);

    // Another administrator may do both.
    var other = user(Role.ADMIN);
    mvc.perform(
            post("/admin/users/{id}", admin.id())
                .with(as(accounts, other.id()))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("displayName", admin.displayName())
                .param("roles", "PMO")
                .param("_enabled", "on"))
        .andExpect(redirectedUrl("/admin/users/" + admin.id()));
    assertThat(accounts.find(admin.id()).isEnabled()).isFalse();
  }

  @Test
  void an_administrator_unlocks_a_locked_account() throws Exception {
    var admin = user(Role.ADMIN);
    UserSummary locked = user(Role.MEMBER);
    for (int i = 0; i < 5; i++) {
      accounts.recordFailedLogin(locked.username());
    }
    assertThat(accounts.principal(locked.id()).isAccountNonLocked()).isFalse();
    mvc.perform(get("/admin/users").param("q", locked.username()).with(as(accounts, admin.id())))
        .andExpect(content().string(containsString("Locked until")));

    mvc.perform(
            post("/admin/users/{id}/unlock", locked.id())
                .with(as(accounts, admin.id()))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + locked.id()))
        .andExpect(flash().attribute("flash", containsString("unlocked")));

    assertThat(accounts.principal(locked.id()).isAccountNonLocked()).isTrue();
  }

  @Test
  void a_password_reset_shows_a_new_one_time_password_once() throws Exception {
    var admin = user(Role.ADMIN);
    var person = user(Role.MEMBER);

    String page =
        mvc.perform(
                post("/admin/users/{id}/reset-password", person.id())
                    .with(as(accounts, admin.id()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher matcher = ONE_TIME.matcher(page);
    assertThat(matcher.find()).isTrue();

    User after = accounts.find(person.id());
    assertThat(after.isMustChangePassword()).isTrue();
    assertThat(passwordEncoder.matches(matcher.group(1), after.getPasswordHash())).isTrue();
    assertThat(passwordEncoder.matches(PASSWORD, after.getPasswordHash())).isFalse();
  }

  @Test
  void an_unknown_user_is_not_found() throws Exception {
    var admin = user(Role.ADMIN);

    mvc.perform(get("/admin/users/{id}", 987654321L).with(as(accounts, admin.id())))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/users/{id}/unlock", 987654321L)
                .with(as(accounts, admin.id()))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }
}
