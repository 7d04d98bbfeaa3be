package org.cairnpmo.resources.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.learning.LineManagers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's line managers, by user id, for learning (which may not depend on resources). A person
 * without an account, or whose line manager has none, has no line manager there.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PoolLineManagers implements LineManagers {

  private final PoolPersonRepository people;

  @Override
  @Transactional(readOnly = true)
  public Optional<Long> lineManagerOf(long userId) {
    return people
        .findByUserId(userId)
        .map(PoolPerson::getLineManagerId)
        .flatMap(people::findById)
        .map(PoolPerson::getUserId);
  }

  @Override
  @Transactional(readOnly = true)
  public Set<Long> reportsOf(long managerUserId) {
    return people
        .findByUserId(managerUserId)
        .map(
            m ->
                people.findByLineManagerId(m.getId()).stream()
                    .map(PoolPerson::getUserId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
