package org.cairnpmo.resources.domain;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.learning.PeopleRoles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's generic role of a person, by user id, for learning's competency gaps (learning may not
 * depend on resources). A person without an account or without a role has none there.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PoolPeopleRoles implements PeopleRoles {

  private final PoolPersonRepository people;
  private final JobRoleRepository roles;

  @Override
  @Transactional(readOnly = true)
  public Optional<String> roleOf(long userId) {
    return people
        .findByUserId(userId)
        .map(PoolPerson::getJobRoleId)
        .flatMap(roles::findById)
        .map(JobRole::getName);
  }
}
