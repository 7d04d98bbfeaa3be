package org.cairnpmo.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on's side of the accounts: the person a provider vouches for becomes the Cairn
 * account linked to the provider's subject, created at first sign-in (just in time); their roles
 * and department follow the administrators' rules ({@link SsoRules}) at every sign-in, and their
 * name and e-mail follow the provider. A local account of the same username is never taken over
 * unless an administrator allowed it ({@link User#allowSsoLink}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SsoAccounts {

  /** Cairn's usernames, plus {@code @ +} so that an e-mail address can be one. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,59}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UserRepository users;
  private final SsoRules rules;
  private final IdentityProperties properties;
  private final AuditLog audit;
  private final Clock clock;

  /** Whom a provider vouches for: its registration, the person's subject there and its claims. */
  public record Vouched(String provider, String subject, Map<String, Object> claims) {}

  /** Why a single sign-on is refused; {@code code} is what the sign-in page explains. */
  public static final class Refused extends RuntimeException {

    private final String code;
    private final String username;

    Refused(String code, String username, String message) {
      super(message);
      this.code = code;
      this.username = username;
    }

    public String code() {
      return code;
    }

    /** The username the provider gave, or null when it gave none. */
    public String username() {
      return username;
    }
  }

  /**
   * The signed-in person for what {@code provider} vouched: their linked account, a local one an
   * administrator allowed to be linked, or a new one.
   *
   * @throws Refused when the provider names no usable username, a local account of that name that
   *     may not be taken over, or a disabled account
   */
  @Transactional
  public CairnPrincipal signIn(Vouched vouched) {
    Instant now = clock.instant();
    SsoRules.Outcome outcome = rules.evaluate(vouched.claims());
    User user =
        users
            .findBySsoProviderAndSsoSubject(vouched.provider(), vouched.subject())
            .orElseGet(() -> firstSignIn(vouched, outcome, now));
    if (!user.isEnabled()) {
      throw new Refused(
          "disabled", user.getUsername(), "The account " + user.getUsername() + " is disabled");
    }
    Long department =
        outcome.departmentId() != null ? outcome.departmentId() : user.getDepartmentId();
    AccountChanges.audit(audit, user, department, outcome.roles(), true);
    user.updateProfile(
        displayName(vouched.claims(), user.getDisplayName()),
        email(vouched.claims(), user.getEmail()),
        user.getJobTitle(),
        department);
    user.assignRoles(outcome.roles());
    user.recordSuccessfulLogin(now);
    // Saving publishes what the user registered (a new name).
    return users.save(user).toPrincipal(now).withoutPassword(false);
  }

  private User firstSignIn(Vouched vouched, SsoRules.Outcome outcome, Instant now) {
    String username = username(vouched.claims());
    if (username == null) {
      throw new Refused(
          "no-username",
          null,
          "The provider named no usable username in '"
              + properties.sso().usernameClaim()
              + "' or 'email'");
    }
    User existing = users.findByUsernameIgnoreCase(username).orElse(null);
    if (existing != null) {
      if (!existing.isSsoLinkAllowed() || existing.isLinked()) {
        throw new Refused(
            "taken",
            username,
            "A local account "
                + username
                + " exists and an administrator has not allowed single sign-on to use it");
      }
      existing.linkTo(vouched.provider(), vouched.subject());
      audit.recordAs(
          username, AuditKind.SSO_ACCOUNT_LINKED, username, "Linked to " + vouched.provider());
      return existing;
    }
    User created =
        new User(
            username,
            new NewUser(
                username,
                displayName(vouched.claims(), username),
                email(vouched.claims(), null),
                null,
                outcome.departmentId(),
                outcome.roles(),
                null,
                false),
            now);
    created.linkTo(vouched.provider(), vouched.subject());
    audit.recordAs(
        username,
        AuditKind.SSO_ACCOUNT_CREATED,
        username,
        "Through " + vouched.provider() + " as " + String.join(", ", names(outcome)));
    return users.saveAndFlush(created);
  }

  private static java.util.List<String> names(SsoRules.Outcome outcome) {
    return outcome.roles().stream().map(Enum::name).sorted().toList();
  }

  /**
   * The configured claim, else (missing or not usable as a username) the e-mail address,
   * lower-cased; null if neither is usable.
   */
  private String username(Map<String, Object> claims) {
    for (String claim : new String[] {properties.sso().usernameClaim(), "email"}) {
      String value = text(claims.get(claim));
      if (value != null && USERNAME.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
        return value.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String displayName(Map<String, Object> claims, String otherwise) {
    String name = text(claims.get("name"));
    if (name == null) {
      String given = text(claims.get("given_name"));
      String family = text(claims.get("family_name"));
      name = given == null ? family : family == null ? given : given + " " + family;
    }
    return name == null || name.length() > 120 ? otherwise : name;
  }

  private static String email(Map<String, Object> claims, String otherwise) {
    String email = text(claims.get("email"));
    return email != null && email.length() <= 200 && EMAIL.matcher(email).matches()
        ? email
        : otherwise;
  }

  /** A claim as trimmed text without control characters; null when absent, blank or not text. */
  private static String text(Object claim) {
    if (!(claim instanceof String value) || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    return InputRules.hasControlCharacter(trimmed) ? null : trimmed;
  }
}
