package org.cairnpmo.resources.timesheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;

/** A person of the pool with a rate, booked on a project through an approved request. */
record Staffing(PoolService pool, RequestService requests) {

  static final BigDecimal RATE = new BigDecimal("80.00");
  static final LocalDate RATE_FROM = LocalDate.of(2026, 1, 1);

  /** The pool's person for {@code worker}, with {@link #RATE} from {@link #RATE_FROM}. */
  long person(UserSummary worker, CurrentUser rm) {
    long id =
        pool.create(
                new PersonData(
                    worker.id(),
                    worker.displayName(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                rm)
            .id();
    pool.addRate(id, new RateData(RATE_FROM, RATE), 0, rm);
    return id;
  }

  /** An approved request of {@code project} for the person; its id. */
  long approvedRequest(ProjectView project, long personId, CurrentUser manager, CurrentUser rm) {
    long id =
        requests
            .create(
                project.id(),
                new RequestData(
                    null,
                    personId,
                    List.of(),
                    new BigDecimal("20"),
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    Priority.MEDIUM,
                    null),
                manager)
            .id();
    requests.propose(project.id(), id, personId, 0, rm);
    requests.accept(project.id(), id, 1, manager);
    requests.approve(project.id(), id, 2, rm);
    return id;
  }
}
