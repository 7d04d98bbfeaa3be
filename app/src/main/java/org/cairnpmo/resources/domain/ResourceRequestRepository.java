package org.cairnpmo.resources.domain;

import java.util.Collection;
import java.util.List;
import org.cairnpmo.resources.RequestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceRequestRepository extends JpaRepository<ResourceRequest, Long> {

  Page<ResourceRequest> findByProjectId(long projectId, Pageable pageable);

  List<ResourceRequest> findByStatusIn(Collection<RequestStatus> statuses);

  long countByProjectIdAndStatus(long projectId, RequestStatus status);

  List<ResourceRequest> findAllByProjectId(long projectId);
}
