package org.cairnpmo.identity.domain;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation, administration, passwords, and the sign-in bookkeeping behind lockout. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserAccountService implements UserDetailsService {

  public static final int MIN_PASSWORD_LENGTH = 10;
  private static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final char[] READABLE =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final java.security.SecureRandom random = new java.security.SecureRandom();
  private final UserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final IdentityProperties properties;
  private final Clock clock;
  private final AuditLog audit;

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    User user =
        users
            .findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    CairnPrincipal principal = user.toPrincipal(clock.instant());
    if (!properties.identity().localLogin() && !user.getRoles().contains(Role.ADMIN)) {
      // Password sign-in is off: only administrators keep it, as the way in when the provider
      // fails. Everyone else is refused as a disabled account would be, before any password check.
      return new CairnPrincipal(
          principal.id(),
          principal.getUsername(),
          principal.displayName(),
          principal.getPassword(),
          principal.roles(),
          false,
          !principal.isAccountNonLocked(),
          principal.mustChangePassword());
    }
    return principal;
  }

  @Transactional(readOnly = true)
  public CairnPrincipal principal(long userId) {
    return find(userId).toPrincipal(clock.instant());
  }

  /** Counts a failed sign-in; true if it locked the account. */
  @Transactional
  public boolean recordFailedLogin(String username) {
    return users
        .findByUsernameIgnoreCase(username)
        .map(
            u ->
                u.recordFailedLogin(
                    properties.security().maxFailedLogins(),
                    properties.security().lockout(),
                    clock.instant()))
        .orElse(false);
  }

  @Transactional
  public void recordSuccessfulLogin(String username) {
    users
        .findByUsernameIgnoreCase(username)
        .ifPresent(u -> u.recordSuccessfulLogin(clock.instant()));
  }

  @Transactional
  public User create(NewUser request) {
    String username = request.username() == null ? "" : request.username().trim().toLowerCase();
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (!USERNAME.matcher(username).matches()) {
      problems.add(
          new FieldProblem(
              "username", "Use 2 to 60 lower-case letters, digits, dots, dashes or underscores."));
    } else if (users.existsByUsernameIgnoreCase(username)) {
      problems.add(new FieldProblem("username", "This username is already taken."));
    }
    checkProfile(request.displayName(), request.email(), request.jobTitle(), problems);
    if (request.roles() == null || request.roles().isEmpty()) {
      problems.add(new FieldProblem("roles", "Choose at least one role."));
    }
    if (request.password() != null) {
      checkPasswordStrength(request.password(), "password", problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    User user = new User(username, request, clock.instant());
    if (request.password() != null) {
      user.setPassword(passwordEncoder.encode(request.password()), request.mustChangePassword());
    }
    return users.save(user);
  }

  /** Bulk creation for demo data: the same already-hashed password for every account. */
  @Transactional
  public User createWithHash(NewUser request, String passwordHash) {
    User user = create(request.withoutPassword());
    user.setPassword(passwordHash, false);
    return user;
  }

  /**
   * An administrator's change to an account. Administrators cannot take away their own ADMIN role
   * or disable themselves: that is how an installation ends up with nobody who can administer it.
   */
  @Transactional
  public User update(
      long actingUserId,
      long userId,
      long expectedVersion,
      String displayName,
      String email,
      String jobTitle,
      Long departmentId,
      Set<Role> roles,
      boolean enabled) {
    User user = find(userId);
    if (user.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "User " + user.getUsername(), expectedVersion, user.getVersion());
    }
    List<FieldProblem> problems = new java.util.ArrayList<>();
    checkProfile(displayName, email, jobTitle, problems);
    if (roles == null || roles.isEmpty()) {
      problems.add(new FieldProblem("roles", "Choose at least one role."));
    } else if (userId == actingUserId
        && user.getRoles().contains(Role.ADMIN)
        && !roles.contains(Role.ADMIN)) {
      problems.add(
          new FieldProblem(
              "roles",
              "You cannot remove your own Administrator role. Ask another administrator to do"
                  + " it."));
    }
    if (userId == actingUserId && !enabled) {
      problems.add(
          new FieldProblem(
              "enabled",
              "You cannot disable your own account. Ask another administrator to do it."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    AccountChanges.audit(audit, user, departmentId, roles, enabled);
    user.updateProfile(displayName, email, jobTitle, departmentId);
    user.assignRoles(roles);
    if (enabled) {
      user.enable();
    } else {
      user.disable();
    }
    // Saving publishes what the user registered (a new name).
    return users.save(user);
  }

  /**
   * An administrator's consent that the next single sign-on under this account's username takes the
   * account over (links it to the provider's subject); until then such a sign-in is refused.
   */
  @Transactional
  public void allowSsoLink(long userId) {
    User user = find(userId);
    user.allowSsoLink();
    audit.record(
        AuditKind.SSO_ACCOUNT_LINKED, user.getUsername(), "Allowed at next single sign-on");
  }

  /** Ends the account's link to single sign-on (or the consent to one). */
  @Transactional
  public void unlinkSso(long userId) {
    User user = find(userId);
    user.unlinkSso();
    audit.record(AuditKind.SSO_ACCOUNT_LINKED, user.getUsername(), "Unlinked from single sign-on");
  }

  @Transactional
  public void unlock(long userId) {
    find(userId).unlock();
  }

  /** An administrator's reset: the person must choose their own password at next sign-in. */
  @Transactional
  public void resetPassword(long userId, String newPassword) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    checkPasswordStrength(newPassword, "password", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    User user = find(userId);
    user.setPassword(passwordEncoder.encode(newPassword), true);
    user.unlock();
  }

  @Transactional
  public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
    User user = find(userId);
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (user.getPasswordHash() == null
        || currentPassword == null
        || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
      problems.add(new FieldProblem("currentPassword", "This is not your current password."));
    }
    checkPasswordStrength(newPassword, "newPassword", problems);
    if (newPassword != null && newPassword.equals(currentPassword)) {
      problems.add(
          new FieldProblem("newPassword", "Choose a password different from the old one."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    user.setPassword(passwordEncoder.encode(newPassword), false);
  }

  @Transactional(readOnly = true)
  public Page<User> search(String query, Pageable pageable) {
    return users.search(blankToNull(query), pageable);
  }

  @Transactional(readOnly = true)
  public User find(long userId) {
    return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
  }

  public String hash(String password) {
    return passwordEncoder.encode(password);
  }

  /**
   * A random password for an administrator to hand over once (four groups of four characters,
   * without look-alikes such as 0/O or 1/l; about 80 bits).
   */
  public String randomOneTimePassword() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(READABLE[random.nextInt(READABLE.length)]);
    }
    return password.toString();
  }

  private static void checkProfile(
      String displayName, String email, String jobTitle, List<FieldProblem> problems) {
    if (displayName == null || displayName.isBlank()) {
      problems.add(new FieldProblem("displayName", "Enter the person's name."));
    } else if (displayName.trim().length() > 120) {
      problems.add(new FieldProblem("displayName", "Use at most 120 characters."));
    }
    if (email != null && !email.isBlank()) {
      String trimmed = email.trim();
      if (trimmed.length() > 200) {
        problems.add(new FieldProblem("email", "Use at most 200 characters."));
      } else if (!EMAIL.matcher(trimmed).matches()) {
        problems.add(new FieldProblem("email", "Enter an e-mail address like name@example.org."));
      }
    }
    if (jobTitle != null && jobTitle.trim().length() > 120) {
      problems.add(new FieldProblem("jobTitle", "Use at most 120 characters."));
    }
  }

  private static void checkPasswordStrength(
      String password, String field, List<FieldProblem> problems) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(new FieldProblem(field, "Use at least " + MIN_PASSWORD_LENGTH + " characters."));
    } else if (password.length() > 200) {
      problems.add(new FieldProblem(field, "Use at most 200 characters."));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
