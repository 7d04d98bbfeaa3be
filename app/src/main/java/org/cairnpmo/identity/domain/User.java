package org.cairnpmo.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.PersonRenamed;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/** A person who signs in to Cairn. */
@KeepsHistory("user")
@Entity
@Table(name = "app_user")
@Getter
public class User extends AggregateRoot<User> {

  private static final Duration LAST_LOGIN_RESOLUTION = Duration.ofMinutes(1);

  private String username;
  private String displayName;
  private String email;
  private String jobTitle;
  private Long departmentId;
  @NotInHistory private String passwordHash;
  private boolean enabled = true;
  private boolean mustChangePassword;
  @NotInHistory private int failedLogins;
  @NotInHistory private Instant lockedUntil;
  @NotInHistory private Instant lastLoginAt;
  @NotInHistory private Instant createdAt;
  @NotInHistory private String ssoProvider;
  @NotInHistory private String ssoSubject;
  @NotInHistory private boolean ssoLinkAllowed;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private Set<Role> roles = new HashSet<>();

  protected User() {}

  /**
   * A new person as {@code person} describes them, under {@code username} (checked and normalized
   * by the caller); without a role they are a member.
   */
  public User(String username, NewUser person, Instant createdAt) {
    this.username = username;
    updateProfile(person.displayName(), person.email(), person.jobTitle(), person.departmentId());
    this.roles =
        person.roles().isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(person.roles());
    this.createdAt = createdAt;
  }

  public void setPassword(String hash, boolean mustChange) {
    this.passwordHash = hash;
    this.mustChangePassword = mustChange;
  }

  /**
   * Changes the profile, its texts trimmed and a blank e-mail or job title as none; a new display
   * name is the event {@link PersonRenamed}.
   */
  public void updateProfile(String displayName, String email, String jobTitle, Long departmentId) {
    String name = displayName.trim();
    if (isSaved() && !name.equals(this.displayName)) {
      registerEvent(new PersonRenamed(getId(), name));
    }
    this.displayName = name;
    this.email = blankToNull(email);
    this.jobTitle = blankToNull(jobTitle);
    this.departmentId = departmentId;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public void assignRoles(Set<Role> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** Whether this account is the one {@code provider} knows as {@code subject}. */
  public boolean isLinkedTo(String provider, String subject) {
    return provider.equals(ssoProvider) && subject.equals(ssoSubject);
  }

  public boolean isLinked() {
    return ssoProvider != null;
  }

  /**
   * Links the account to a provider's subject. An account that exists already is linked only after
   * an administrator allowed it ({@link #allowSsoLink}): otherwise anyone whom a provider names
   * like a local user would take that user's account over.
   */
  public void linkTo(String provider, String subject) {
    if (isSaved() && !ssoLinkAllowed) {
      throw new IllegalStateException("Linking " + username + " was not allowed");
    }
    this.ssoProvider = provider;
    this.ssoSubject = subject;
    this.ssoLinkAllowed = false;
  }

  /** An administrator's consent that the next single sign-on under this username links to it. */
  public void allowSsoLink() {
    ssoLinkAllowed = true;
  }

  /** Undoes a link (or a consent to one): the account signs in with its password only. */
  public void unlinkSso() {
    ssoProvider = null;
    ssoSubject = null;
    ssoLinkAllowed = false;
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  /**
   * Counts a failed sign-in; after {@code maxFailures} in a row the account locks for {@code
   * lockout}, which slows password guessing to a crawl without a permanent denial of service.
   */
  /** Counts a failed sign-in; true if this one locked the account. */
  public boolean recordFailedLogin(int maxFailures, Duration lockout, Instant now) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockout);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(Instant now) {
    // Every HTTP Basic API call signs in: writing (and versioning) the row each time would make
    // parallel calls by one person conflict, and would stale an administrator's open edit form.
    if (failedLogins == 0
        && lockedUntil == null
        && lastLoginAt != null
        && lastLoginAt.isAfter(now.minus(LAST_LOGIN_RESOLUTION))) {
      return;
    }
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * The person as Spring Security holds them at {@code now}. An account without a password gets a
   * random one that nothing can match.
   */
  public CairnPrincipal toPrincipal(Instant now) {
    return new CairnPrincipal(
        getId(),
        username,
        displayName,
        passwordHash == null ? "{noop}" + UUID.randomUUID() : passwordHash,
        roles,
        enabled,
        isLockedAt(now),
        mustChangePassword);
  }

  public UserSummary toSummary() {
    return new UserSummary(
        getId(), username, displayName, email, jobTitle, departmentId, roles, enabled);
  }

  public long getVersion() {
    return version;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }
}
