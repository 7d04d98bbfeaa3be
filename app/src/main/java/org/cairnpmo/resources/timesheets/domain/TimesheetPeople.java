package org.cairnpmo.resources.timesheets.domain;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.resources.domain.PoolPerson;
import org.springframework.data.repository.Repository;

/** What timesheets read of the pool: people, by user, with their rate history. */
interface TimesheetPeople extends Repository<PoolPerson, Long> {

  Optional<PoolPerson> findByUserId(long userId);

  Optional<PoolPerson> findById(long id);

  List<PoolPerson> findAllById(Iterable<Long> ids);
}
