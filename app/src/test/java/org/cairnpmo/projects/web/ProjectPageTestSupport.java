package org.cairnpmo.projects.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the tests of the register's pages share: signing in as someone, a project, a valid form. */
abstract class ProjectPageTestSupport extends IntegrationTest {

  @Autowired protected ProjectService service;

  static RequestPostProcessor as(UserSummary user) {
    return signedInAs(user);
  }

  protected ProjectView register(String code, Long departmentId, Long managerId, boolean secret) {
    ProjectData base = projectData(managerId, secret, List.of());
    return projects.register(
        new ProjectData(
            code,
            "Project " + code,
            base.description(),
            departmentId,
            null,
            managerId,
            base.category(),
            base.priority(),
            ProjectStatus.PROPOSED,
            base.plannedStart(),
            base.plannedFinish(),
            base.budgetAmount(),
            base.budgetCurrency(),
            secret,
            List.of(),
            null),
        pmo());
  }

  /** A valid form; fields the test sets itself with {@code param(...)} keep the test's value. */
  protected static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Warehouse robots");
    fields.put("category", "OPERATIONAL");
    fields.put("priority", "HIGH");
    fields.put("status", "PROPOSED");
    fields.put("plannedStart", "2027-02-01");
    fields.put("plannedFinish", "2027-10-31");
    fields.put("budgetAmount", "250000");
    fields.put("budgetCurrency", "EUR");
    fields.put("_confidential", "on");
    return request.with(
        r -> {
          fields.forEach(
              (name, value) -> {
                if (r.getParameter(name) == null) {
                  r.addParameter(name, value);
                }
              });
          return r;
        });
  }

  protected String body(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString();
  }

  // ---------------------------------------------------------------- list

  protected static ProjectData withStatus(ProjectData d, ProjectStatus status) {
    return new ProjectData(
        d.code(),
        d.name(),
        d.description(),
        d.departmentId(),
        d.sponsorId(),
        d.managerId(),
        d.category(),
        d.priority(),
        status,
        d.plannedStart(),
        d.plannedFinish(),
        d.budgetAmount(),
        d.budgetCurrency(),
        d.confidential(),
        d.members(),
        d.version());
  }
}
