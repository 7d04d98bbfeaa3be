package org.cairnpmo.archive.demo;

import java.util.EnumSet;
import java.util.Optional;
import org.cairnpmo.archive.closure.ClosureService;
import org.cairnpmo.archive.closure.ClosureView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.projects.SyntheticProjectLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's closures: every closed demo project was signed off by its sponsor on the day it
 * finished, with what it had not done then waived by the PMO; and the data centre migration, which
 * {@code pm} runs, is in closure with a waiver and items still open. After the archive's documents,
 * so the ERP upgrade's approved final report counts.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class ClosureDemoData {

  private static final Logger log = LoggerFactory.getLogger(ClosureDemoData.class);

  static final String IN_CLOSURE = "Data centre migration to the cloud";

  private final ClosureService closures;
  private final ProjectsApi projects;
  private final IdentityApi identity;

  ClosureDemoData(ClosureService closures, ProjectsApi projects, IdentityApi identity) {
    this.closures = closures;
    this.projects = projects;
    this.identity = identity;
  }

  void load(CurrentUser pmo) {
    int signed = 0;
    ProjectFilter closed =
        new ProjectFilter(null, EnumSet.of(ProjectStatus.CLOSED), null, null, null, null);
    for (ProjectView p : projects.search(closed, PageRequest.of(0, 100), pmo).getContent()) {
      if (p.code().startsWith(SyntheticProjectLoad.PREFIX)) {
        continue;
      }
      CurrentUser sponsor = person(p.sponsorId()).orElse(pmo);
      if (closures.recordSignedOff(
          p.id(),
          sponsor,
          "Accepted at the last steering committee.",
          pmo,
          "Closed before the closure checklist was kept in Cairn.")) {
        signed++;
      }
    }
    inClosure(pmo);
    log.info("Demo archive: {} closed projects signed off.", signed);
  }

  /** pm's data centre migration: closure started, one item waived, the others still open. */
  private void inClosure(CurrentUser pmo) {
    Optional<ProjectView> found =
        projects
            .search(
                new ProjectFilter(
                    IN_CLOSURE, EnumSet.of(ProjectStatus.ACTIVE), null, null, null, null),
                PageRequest.of(0, 5),
                pmo)
            .getContent()
            .stream()
            .filter(p -> p.name().equals(IN_CLOSURE))
            .findFirst();
    if (found.isEmpty()) {
      return;
    }
    ProjectView project = found.get();
    if (closures.closure(project.id(), pmo).started()) {
      return;
    }
    CurrentUser manager = person(project.managerId()).orElse(pmo);
    ClosureView started = closures.start(project.id(), 0, manager);
    closures.waive(
        project.id(),
        "resources",
        "The cloud team stays on as the operations team; their assignments move to run.",
        started.version(),
        pmo);
  }

  private Optional<CurrentUser> person(Long id) {
    return Optional.ofNullable(id).flatMap(identity::user).map(UserSummary::asCurrentUser);
  }
}
