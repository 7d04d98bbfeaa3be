package org.cairnpmo.resources.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.learning.PeopleDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's generic role and department of people, by user id, for learning's competency gaps and
 * culture dashboard (learning may not depend on resources). A person without an account is not
 * there; one without a role or department has none there.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PoolPeopleDirectory implements PeopleDirectory {

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

  @Override
  @Transactional(readOnly = true)
  public Map<Long, Place> everyone() {
    Map<Long, String> roleNames = new HashMap<>();
    roles.findAll().forEach(r -> roleNames.put(r.getId(), r.getName()));
    Map<Long, Place> places = new HashMap<>();
    for (PoolPerson p : people.findAll()) {
      if (p.getUserId() != null) {
        places.put(
            p.getUserId(),
            new Place(
                p.getDepartmentId(),
                p.getJobRoleId() == null ? null : roleNames.get(p.getJobRoleId())));
      }
    }
    return places;
  }
}
