package org.cairnpmo.resources.timesheets.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.domain.ResourceRequest;
import org.springframework.data.repository.Repository;

/** What timesheets read of the requests: the approved ones a person is booked on. */
interface TimesheetRequests extends Repository<ResourceRequest, Long> {

  List<ResourceRequest> findByProposedPersonIdAndStatusIn(
      long personId, Collection<RequestStatus> statuses);

  Optional<ResourceRequest> findById(long id);

  List<ResourceRequest> findByStatusOrderById(RequestStatus status);
}
