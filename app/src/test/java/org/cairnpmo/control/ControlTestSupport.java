package org.cairnpmo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fixtures for project control tests: a project with its people in every role. */
public abstract class ControlTestSupport extends ApiTestSupport {

  @Autowired protected StatusReportService reports;
  @Autowired protected ReportCadences cadences;
  @Autowired protected OverdueReports dueReports;
  @Autowired protected RaidLog raid;
  @Autowired protected RaidEscalations escalations;
  @Autowired protected RaidHeatMaps heatMaps;

  /** A project and everyone who may (or may not) touch it. */
  protected record Team(
      ProjectView project,
      UserSummary manager,
      UserSummary member,
      UserSummary sponsor,
      UserSummary stakeholder,
      UserSummary outsider,
      UserSummary pmo,
      UserSummary executive) {

    public long id() {
      return project.id();
    }
  }

  /**
   * An active project (confidential if asked) with a manager, a member, a sponsor, a stakeholder.
   */
  protected Team team(boolean confidential) {
    return team(confidential, LocalDate.now().minusMonths(6));
  }

  /** As {@link #team(boolean)}, for a project planned to start on {@code plannedStart}. */
  protected Team team(boolean confidential, LocalDate plannedStart) {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    UserSummary sponsor = user(Role.MEMBER);
    UserSummary stakeholder = user(Role.MEMBER);
    ProjectData base = projectData(manager.id(), confidential, List.of());
    List<ProjectData.Member> members = new ArrayList<>();
    members.add(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER));
    members.add(new ProjectData.Member(stakeholder.id(), MembershipRole.STAKEHOLDER));
    ProjectData data =
        new ProjectData(
            base.code(),
            base.name(),
            base.description(),
            null,
            sponsor.id(),
            manager.id(),
            base.category(),
            base.priority(),
            ProjectStatus.ACTIVE,
            plannedStart,
            LocalDate.now().plusMonths(6),
            base.budgetAmount(),
            base.budgetCurrency(),
            confidential,
            members,
            null);
    ProjectView project = projects.register(data, pmo());
    return new Team(
        project,
        manager,
        member,
        sponsor,
        stakeholder,
        user(Role.MEMBER),
        user(Role.PMO),
        user(Role.EXECUTIVE));
  }

  /** Signs a page request in as {@code user}, as the session would. */
  protected static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  protected static RiskData risk(String title, int probability, int impact) {
    return new RiskData(
        title,
        "Because the supplier is small",
        "The supplier delivers late",
        "Go-live slips",
        probability,
        impact,
        null,
        Proximity.NEAR,
        null,
        ResponseStrategy.MITIGATE,
        List.of(),
        null,
        null,
        null,
        null);
  }

  protected static StatusReportData report(
      LocalDate start, LocalDate end, Rag all, String summary) {
    return new StatusReportData(
        start,
        end,
        all,
        all,
        all,
        all,
        all,
        all,
        null,
        null,
        null,
        null,
        null,
        null,
        summary,
        "Done things",
        "Next things",
        null,
        null);
  }
}
