package org.cairnpmo.practices.templates;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.ProjectTemplateCatalog;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The templates an approval in the portfolio may name, and, once the register has made the project
 * from the approved proposal, the template applied to it: as its manager (or, without one, as the
 * PMO), so that the same rules hold as for a project made from the template by hand. A failure is
 * logged and leaves the project as the register and the business case made it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TemplateCatalog implements ProjectTemplateCatalog {

  private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);

  /** Acts for the templates when the project has no manager yet. */
  static final CurrentUser SYSTEM =
      new CurrentUser(0, "templates", "Project templates", Set.of(Role.PMO));

  private final TemplateLibrary library;
  private final TemplateInstantiation instantiation;
  private final ProjectsApi projects;
  private final IdentityApi identity;

  @Override
  public List<TemplateChoice> usableTemplates() {
    return library.usable().stream().map(t -> new TemplateChoice(t.id(), t.label())).toList();
  }

  @ApplicationModuleListener
  void on(ProjectFromProposal created) {
    startFrom(created);
  }

  /** What {@link #on} does, run where it is called. */
  void startFrom(ProjectFromProposal created) {
    ProposalApproved proposal = created.proposal();
    if (proposal.templateId() == null) {
      return;
    }
    Optional<ProjectView> project = projects.project(created.projectId());
    if (project.isEmpty()) {
      return;
    }
    CurrentUser by =
        Optional.ofNullable(project.get().managerId())
            .flatMap(identity::user)
            .filter(UserSummary::enabled)
            .map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.roles()))
            .orElse(SYSTEM);
    try {
      boolean applied =
          instantiation.applyToProposalProject(
              proposal.templateId(), created.projectId(), proposal.costs().isEmpty(), by);
      if (applied) {
        log.info(
            "Project {} from {} starts from template {}",
            created.projectCode(),
            proposal.code(),
            proposal.templateId());
      }
    } catch (RuntimeException e) {
      log.warn(
          "Project {} from {}: template {} not applied: {}",
          created.projectCode(),
          proposal.code(),
          proposal.templateId(),
          e.getMessage());
    }
  }
}
