package org.cairnpmo.archive.domain;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.PastRecords;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.portfolio.ProposalTeam;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the archive. A document is exactly as visible as its owner: the register
 * decides for projects, the portfolio for proposals, and an owner the caller may not see is "not
 * found". A project's manager and team members upload (not its stakeholders, nor its sponsor, who
 * reviews), and so do the PMO and administrators; a proposal's author, sponsor and manager and the
 * PMO upload to it. The reviewer named on a document, or the PMO, approves. The PMO and
 * administrators keep the template library, which everyone reads.
 */
@Component
public class ArchiveAccess {

  private final ProjectsApi projects;
  private final PortfolioApi portfolio;

  ArchiveAccess(ProjectsApi projects, PortfolioApi portfolio) {
    this.projects = projects;
    this.portfolio = portfolio;
  }

  /** The owner as {@code viewer} may see it; "not found" otherwise. */
  public Owner owner(OwnerKind kind, long id, CurrentUser viewer) {
    return switch (kind) {
      case PROJECT -> {
        ProjectView p = projects.requireVisible(id, viewer);
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        if (p.managerId() != null) {
          people.add(p.managerId());
        }
        if (p.sponsorId() != null) {
          people.add(p.sponsorId());
        }
        p.members().forEach(m -> people.add(m.userId()));
        yield new Owner(
            kind,
            id,
            p.code(),
            p.name(),
            mayUpload(p, viewer),
            people,
            p.isFrozen() && !PastRecords.recording() ? p.frozenMessage() : null);
      }
      case PROPOSAL -> {
        ProposalTeam p =
            portfolio
                .visibleProposalTeam(id, viewer)
                .orElseThrow(() -> new NotFoundException("Proposal", id));
        yield new Owner(
            kind,
            id,
            p.code(),
            p.title(),
            viewer.governsAllProjects() || p.people().contains(viewer.id()),
            p.people(),
            null);
      }
    };
  }

  static boolean mayUpload(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || (project.managerId() != null && project.managerId() == user.id())
        || project.members().stream()
            .anyMatch(
                m ->
                    m.userId() == user.id()
                        && (m.role() == MembershipRole.TEAM_MEMBER
                            || m.role() == MembershipRole.MANAGER));
  }

  public static void requireUploader(Owner owner) {
    if (!owner.mayUpload()) {
      throw new AccessDeniedException(
          "Only the people on the "
              + owner.kind().label().toLowerCase(java.util.Locale.ROOT)
              + " and the PMO file its documents");
    }
  }

  static boolean mayApprove(Document document, CurrentUser user) {
    return user.governsAllProjects()
        || (document.getReviewerId() != null && document.getReviewerId() == user.id());
  }

  public static boolean mayKeepTemplates(CurrentUser user) {
    return user.governsAllProjects();
  }

  static void requireTemplateKeeper(CurrentUser user) {
    if (!mayKeepTemplates(user)) {
      throw new AccessDeniedException("Only the PMO and administrators keep the template library");
    }
  }
}
