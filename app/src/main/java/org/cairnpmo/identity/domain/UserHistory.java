package org.cairnpmo.identity.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.HistoryAccess;
import org.cairnpmo.platform.history.PeopleNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's account shows its history (profile, roles, department, whether it is active; never the
 * password or the sign-in counters) to administrators, who edit accounts, and to the person
 * themselves. It also names the people of every record's history by their display names.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserHistory implements HistoryAccess, PeopleNames {

  private final UserRepository users;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("user");
  }

  @Override
  public void check(String kind, long id) {
    CurrentUser viewer = identity.requireCurrentUser();
    if (viewer.id() != id && !viewer.hasAnyRole(Role.ADMIN)) {
      throw new NotFoundException(kind, id);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> displayNames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    return users.findByUsernameIn(usernames).stream()
        .collect(Collectors.toMap(User::getUsername, User::getDisplayName, (first, same) -> first));
  }
}
