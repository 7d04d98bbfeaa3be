package org.cairnpmo.projects.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository
    extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

  Optional<Project> findByCodeIgnoreCase(String code);

  Optional<Project> findFirstByOriginProposalId(Long proposalId);

  /** The projects whose code, in upper case, is one of {@code codes}. */
  @Query("select p from Project p where upper(p.code) in :codes")
  List<Project> findByUpperCodeIn(java.util.Collection<String> codes);

  /** The codes that begin with {@code prefix} (upper case), for numbering within a scheme. */
  @Query("select p.code from Project p where upper(p.code) like concat(:prefix, '%')")
  List<String> codesStartingWith(String prefix);

  /** The confidential projects {@code userId} neither manages, sponsors nor belongs to. */
  @Query(
      """
      select p.id from Project p
      where p.confidential = true
        and (p.managerId is null or p.managerId <> :userId)
        and (p.sponsorId is null or p.sponsorId <> :userId)
        and not exists (
          select 1 from ProjectMember m where m.project = p and m.userId = :userId)
      """)
  List<Long> confidentialIdsWithout(long userId);
}
