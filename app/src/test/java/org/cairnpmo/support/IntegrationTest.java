package org.cairnpmo.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base for tests that need the whole application. All such tests share one Spring context and one
 * database, so every fixture gets a unique name and no test relies on an empty database. The
 * context is the same one the browser tests use ({@link BrowserTest} carries the same annotations):
 * the application also listens on a random port, which MockMvc requests never use, and the suite
 * starts one application less.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

  public static final String PASSWORD = "test-password-1";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

  @Autowired protected MockMvc mvc;
  @Autowired protected IdentityApi identity;
  @Autowired protected OrganizationApi organization;
  @Autowired protected ProjectsApi projects;

  /** A unique suffix: tests share one database, on H2 and on PostgreSQL alike. */
  protected static String unique() {
    return RUN + SEQUENCE.incrementAndGet();
  }

  protected UserSummary user(Role... roles) {
    String name = "u" + unique().toLowerCase();
    return identity.createUser(
        new NewUser(
            name,
            "Test " + name,
            name + "@example.org",
            null,
            null,
            roles.length == 0 ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(Arrays.asList(roles)),
            PASSWORD,
            false));
  }

  protected static CurrentUser current(UserSummary user) {
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }

  /** Signs a page request in as {@code user}, as a person's browser session is. */
  protected static RequestPostProcessor signedInAs(UserSummary user) {
    CairnPrincipal principal =
        new CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }

  protected CurrentUser pmo() {
    return current(user(Role.PMO));
  }

  protected DepartmentSummary department() {
    String code = "D" + unique();
    return organization.createDepartment(
        new DepartmentForm(code, "Department " + code, null, true, null));
  }

  /** A valid project body; tests change what they test. */
  protected static ProjectData projectData(
      Long managerId, boolean confidential, List<ProjectData.Member> members) {
    String code = "T-" + unique();
    return new ProjectData(
        code,
        "Project " + code,
        "A test project",
        null,
        null,
        managerId,
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        ProjectStatus.PROPOSED,
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 12, 31),
        new BigDecimal("100000.00"),
        "EUR",
        confidential,
        members,
        null);
  }

  protected ProjectView project(UserSummary manager, boolean confidential, UserSummary... members) {
    return projects.register(
        projectData(
            manager == null ? null : manager.id(),
            confidential,
            Arrays.stream(members)
                .map(m -> new ProjectData.Member(m.id(), MembershipRole.TEAM_MEMBER))
                .toList()),
        pmo());
  }

  protected static Set<Role> roles(Role... roles) {
    return EnumSet.copyOf(Arrays.asList(roles));
  }
}
