package org.cairnpmo.control;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: the RAID dependency field finds the other project as the member types its
 * code, and a project's overview shows an old rating as stale, with what the figures suggest.
 * Screenshots go to {@code target/screenshots/control-overview-*.png}.
 */
class ControlOverviewBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired ReportCadences cadences;
  @Autowired StatusReportService reports;
  @Autowired RaidLog raid;

  @Test
  void a_member_picks_the_other_project_of_a_dependency_by_typing_its_code() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary member = person(Role.MEMBER, "Tomás Ortega");
    ProjectView project = project("Warehouse management system", manager, member, current(pmo));
    ProjectView other = project("Customer master data", manager, member, current(pmo));

    {
      Page page = window();
      signInTo(page, member, "/projects/" + project.id() + "/raid/dependencies/new");
      Locator choices = page.locator("#otherProject-choices");
      assertThat(choices.getByRole(AriaRole.RADIO)).hasCount(0);
      page.getByLabel("Other project").pressSequentially(other.code());
      Locator choice =
          page.locator("#otherProject-choices label")
              .filter(new Locator.FilterOptions().setHasText(other.code()));
      assertThat(choice).isVisible();
      shot(page, "control-overview-01-dependency-picker");
      choice.getByRole(AriaRole.RADIO).check();
      // Typing on keeps the chosen project.
      page.getByLabel("Other project").fill("no such project");
      assertThat(choices).containsText("No project you can see matches");
      assertThat(choices.getByRole(AriaRole.RADIO)).isChecked();
      page.getByLabel("What is needed").fill("The customer master data before the cut-over");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a dependency"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Dependency logged");
      assertThat(page.locator("#raid-list")).containsText(other.code());
      shot(page, "control-overview-02-dependency-logged");
    }
  }

  @Test
  void the_overview_marks_an_old_rating_stale_and_says_what_the_figures_suggest() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary member = person(Role.MEMBER, "Tomás Ortega");
    ProjectView project = project("Scanner roll-out", manager, member, current(pmo));
    LocalDate start = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(10);
    cadences.setCadence(
        project.id(), new CadenceData(Cadence.WEEKLY, start, 2, null), null, current(manager));
    reports.create(project.id(), green(start), true, current(manager));
    raid.logRisk(project.id(), likelyAndSevere(), current(member));

    {
      Page page = window();
      signInTo(page, member, "/projects/" + project.id());
      Locator card = page.locator("#rating-headline");
      assertThat(card.locator("#rating-age")).containsText("weeks ago");
      assertThat(card.locator("#rating-age")).containsText("stale");
      assertThat(card).containsText("Green");
      assertThat(card.locator("#rating-suggestion")).containsText("Figures suggest Red");
      assertThat(card.locator("#rating-suggestion"))
          .containsText("Highest score of an open risk: 20");
      shot(page, "control-overview-03-stale-rating");
    }
  }

  private static StatusReportData green(LocalDate start) {
    Rag g = Rag.GREEN;
    return new StatusReportData(
        start, null, g, g, g, g, g, g, null, null, null, null, null, null, "On plan", null, null,
        null, null);
  }

  private static RiskData likelyAndSevere() {
    return new RiskData(
        "Scanner supplier insolvent",
        null,
        "The supplier stops trading",
        null,
        4,
        5,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  private ProjectView project(
      String name, UserSummary manager, UserSummary member, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "CTL-" + unique(),
            name,
            "A project of the control browser test.",
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            new BigDecimal("350000.00"),
            "EUR",
            false,
            List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER)),
            null),
        pmo);
  }
}
