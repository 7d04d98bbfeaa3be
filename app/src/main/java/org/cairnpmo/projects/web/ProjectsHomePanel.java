package org.cairnpmo.projects.web;

import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;

/** The home page's project section: my open projects and the register at a glance. */
@Configuration(proxyBeanMethods = false)
class ProjectsHomePanel {

  static final int SHOWN = 8;

  @Bean
  HomePanel myProjectsPanel(ProjectService projects, IdentityApi identity) {
    return ViewerHomePanel.of(
        identity, 10, "projects/home-panel", viewer -> model(projects, viewer));
  }

  static Model model(ProjectService projects, CurrentUser viewer) {
    Page<ProjectView> mine = projects.involving(viewer, ProjectStatus.unfinished(), 0, SHOWN);
    Map<ProjectStatus, Long> counts = projects.countByStatus(viewer);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new Model(
        viewer.id(),
        mine.getContent(),
        mine.getTotalElements(),
        counts,
        total,
        ProjectAccess.canRegister(viewer),
        viewer.seesAllProjects());
  }

  /** What the panel shows. */
  public record Model(
      long viewerId,
      List<ProjectView> myProjects,
      long myProjectCount,
      Map<ProjectStatus, Long> counts,
      long total,
      boolean canRegister,
      boolean seesAll) {

    public long count(ProjectStatus status) {
      return counts.getOrDefault(status, 0L);
    }

    /** How the viewer belongs to a project, in words. */
    public String relation(ProjectView project) {
      if (project.managerId() != null && project.managerId() == viewerId) {
        return "Manager";
      }
      if (project.sponsorId() != null && project.sponsorId() == viewerId) {
        return "Sponsor";
      }
      return project.members().stream()
          .filter(m -> m.userId() == viewerId)
          .map(m -> m.role().label())
          .findFirst()
          .orElse("Member");
    }
  }
}
