package org.cairnpmo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.identity.domain.UserRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of identity: who is signed in, and who people are. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentityApi {

  private final UserRepository users;
  private final UserAccountService accounts;

  public Optional<CurrentUser> currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CairnPrincipal principal) {
      return Optional.of(principal.toCurrentUser());
    }
    return Optional.empty();
  }

  public CurrentUser requireCurrentUser() {
    return currentUser()
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> user(long id) {
    return users.findById(id).map(User::toSummary);
  }

  @Transactional(readOnly = true)
  public Optional<UserSummary> userByUsername(String username) {
    return users.findByUsernameIgnoreCase(username).map(User::toSummary);
  }

  @Transactional(readOnly = true)
  public Map<Long, UserSummary> usersByIds(Collection<Long> ids) {
    return users.findAllById(ids).stream()
        .map(User::toSummary)
        .collect(Collectors.toMap(UserSummary::id, Function.identity()));
  }

  /** Everyone who can be picked as manager, sponsor or member, by name. */
  @Transactional(readOnly = true)
  public List<UserSummary> activeUsers() {
    return users.findAll(Sort.by("displayName")).stream()
        .filter(User::isEnabled)
        .map(User::toSummary)
        .toList();
  }

  /** The active people who hold {@code role}, read in one query: those a step is announced to. */
  @Transactional(readOnly = true)
  public List<UserSummary> activeUsersWithRole(Role role) {
    return users.findActiveWithRole(role).stream().map(User::toSummary).toList();
  }

  /**
   * For search-as-you-type people pickers: at most {@code limit} active people whose name, username
   * or e-mail contains {@code query}, by name; searched in the database, never the whole directory
   * at once.
   */
  @Transactional(readOnly = true)
  public List<UserSummary> findActiveUsers(String query, int limit) {
    return accounts
        .search(query, PageRequest.of(0, limit * 2, Sort.by("displayName", "username")))
        .stream()
        .filter(User::isEnabled)
        .limit(limit)
        .map(User::toSummary)
        .toList();
  }

  @Transactional
  public UserSummary createUser(NewUser user) {
    return accounts.create(user).toSummary();
  }

  /**
   * The people with these usernames or e-mail addresses (both in any case), read in two queries:
   * for matching a bulk import's rows to accounts.
   */
  @Transactional(readOnly = true)
  public List<UserSummary> usersByUsernamesOrEmails(
      Collection<String> usernames, Collection<String> emails) {
    Map<Long, UserSummary> found = new java.util.LinkedHashMap<>();
    List<String> names = lowerCase(usernames);
    List<String> mails = lowerCase(emails);
    if (!names.isEmpty()) {
      users.findByUsernameIn(names).forEach(u -> found.put(u.getId(), u.toSummary()));
    }
    if (!mails.isEmpty()) {
      users.findByLowerEmailIn(mails).forEach(u -> found.putIfAbsent(u.getId(), u.toSummary()));
    }
    return List.copyOf(found.values());
  }

  private static List<String> lowerCase(Collection<String> values) {
    return values.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(v -> v.trim().toLowerCase(java.util.Locale.ROOT))
        .distinct()
        .toList();
  }

  /**
   * Creates or changes the accounts of a bulk import on behalf of the administrator {@code actor},
   * in one transaction: every row is checked as the administration page checks it (a refused row
   * answers 400 and nothing is kept). New accounts get no password; see {@link PersonImport}.
   */
  @Transactional
  public List<UserSummary> importPeople(List<PersonImport> people, CurrentUser actor) {
    if (!actor.hasAnyRole(Role.ADMIN)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only administrators create and change accounts");
    }
    List<UserSummary> done = new java.util.ArrayList<>();
    for (PersonImport person : people) {
      if (person.id() == null) {
        Set<Role> roles =
            person.roles() == null || person.roles().isEmpty()
                ? java.util.EnumSet.of(Role.MEMBER)
                : person.roles();
        done.add(
            accounts
                .create(
                    new NewUser(
                        person.username(),
                        person.displayName(),
                        person.email(),
                        person.jobTitle(),
                        person.departmentId(),
                        roles,
                        null,
                        false))
                .toSummary());
      } else {
        User user = accounts.find(person.id());
        done.add(
            accounts
                .update(
                    actor.id(),
                    user.getId(),
                    user.getVersion(),
                    person.displayName(),
                    person.email(),
                    person.jobTitle(),
                    person.departmentId(),
                    person.roles() == null ? user.getRoles() : person.roles(),
                    user.isEnabled())
                .toSummary());
      }
    }
    return done;
  }

  /** For demo and bulk loads: hash once, reuse for many accounts. */
  @Transactional
  public UserSummary createUserWithPasswordHash(NewUser user, String passwordHash) {
    return accounts.createWithHash(user, passwordHash).toSummary();
  }

  public String hashPassword(String password) {
    return accounts.hash(password);
  }
}
