package org.cairnpmo.portfolio.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProposalRepository
    extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

  List<Proposal> findByStatusIn(Collection<ProposalStatus> statuses);
}
