package org.cairnpmo.budgets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class BudgetPageTest extends ApiTestSupport {

  @Autowired BudgetService budgets;

  /** Signed in as {@code user}, as the sign-in form leaves it in the session. */
  private static RequestPostProcessor session(UserSummary user) {
    return signedInAs(user);
  }

  private static String page(ProjectView p) {
    return "/projects/" + p.id() + "/budget";
  }

  @Test
  void the_page_shows_grid_figures_and_is_linked_from_the_project() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    mvc.perform(get("/projects/" + p.id()).with(session(manager)))
        .andExpect(content().string(containsString("href=\"" + page(p) + "\"")));
    mvc.perform(get(page(p)).with(session(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Budget and earned value")))
        .andExpect(content().string(containsString("name=\"months[0].amounts[1]\"")))
        .andExpect(content().string(containsString("Save budget and progress")))
        .andExpect(content().string(containsString("No budget, progress or actual costs yet.")))
        // Said once above the figures, not again in each of their rows.
        .andExpect(content().string(not(containsString("Nothing to measure yet"))));

    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "0")
                .param("eacMethod", "BAC_OVER_CPI")
                .param("months[0].period", "2027-01")
                .param("months[0].amounts[1]", "50000") // labour opex
                .param("months[0].percent", "30")
                .param("months[1].period", "2027-02")
                .param("months[1].amounts[2]", "50000") // material capex
                .param("months[1].percent", ""))
        .andExpect(redirectedUrl(page(p)))
        .andExpect(flash().attribute("flash", "The budget and progress were saved."));
    assertThat(budgets.budget(p.id(), pmo()).version()).isEqualTo(1);
    // The first save creates the budget, which the page's history then shows.
    mvc.perform(get(page(p)).with(session(manager)))
        .andExpect(content().string(containsString("data-testid=\"record-history\"")))
        .andExpect(content().string(containsString("data-label=\"Change\">Created</td>")));

    mvc.perform(
            post(page(p) + "/actuals")
                .with(session(manager))
                .with(csrf())
                .param("date", "2027-01-20")
                .param("category", "LABOUR")
                .param("costType", "OPEX")
                .param("amount", "40000"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page(p)).with(session(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-chart=")))
        .andExpect(content().string(containsString("scurve-table")))
        .andExpect(content().string(containsString("BAC / CPI")))
        .andExpect(content().string(containsString("manager or the PMO change the budget.")))
        .andExpect(content().string(not(containsString("Save budget and progress"))));
  }

  @Test
  void grid_errors_and_stale_versions_keep_the_input() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "0")
                .param("months[0].period", "2027-01")
                .param("months[0].amounts[1]", "lots")
                .param("months[0].percent", "120"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("2027-01 Labour opex: not an amount.")))
        .andExpect(content().string(containsString("value=\"lots\"")));
    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "0")
                .param("months[0].period", "2027-01")
                .param("months[0].percent", "120"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Use 0 to 100.")));
    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "5")
                .param("months[0].period", "2027-01")
                .param("months[0].amounts[1]", "10")
                .param("months[0].percent", ""))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Someone else changed this budget")))
        .andExpect(content().string(containsString("value=\"10\"")));
  }

  @Test
  void the_grid_shows_each_amount_in_its_month_and_column_and_refuses_rows_past_the_limit()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "0")
                .param("months[0].period", "2027-04")
                .param("months[0].amounts[5]", "1.250,50") // other opex, as people type it
                .param("months[0].percent", "12.5"))
        .andExpect(redirectedUrl(page(p)));
    assertThat(budgets.budget(p.id(), pmo()).lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.period()).isEqualTo("2027-04");
              assertThat(l.amount()).isEqualByComparingTo("1250.50");
            });

    mvc.perform(get(page(p)).with(session(manager)))
        .andExpect(
            content().string(containsString("name=\"months[3].amounts[5]\" value=\"1250.5\"")))
        .andExpect(content().string(containsString("name=\"months[3].percent\" value=\"12.5\"")));

    mvc.perform(
            post(page(p))
                .with(session(manager))
                .with(csrf())
                .param("version", "1")
                .param("months[256].period", "2027-01")
                .param("months[256].amounts[0]", "5"))
        .andExpect(status().isBadRequest());
    assertThat(budgets.budget(p.id(), pmo()).version()).isEqualTo(1);
  }

  @Test
  void a_bad_import_lists_every_row_and_stores_nothing() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    String csv =
        "period,category,cost type,amount\n2027-01,LABOUR,OPEX,100\n2027-01,LABOR,OPEX,x\n2027-99,OTHER,OPEX,5\n";

    mvc.perform(
            multipart(page(p) + "/actuals/import")
                .file(
                    new MockMultipartFile(
                        "file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(session(manager))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Nothing was imported")))
        .andExpect(content().string(containsString("is not an amount")))
        .andExpect(content().string(containsString("&#39;2027-99&#39;")));
    assertThat(budgets.actuals(p.id(), 0, 10, pmo()).getTotalElements()).isZero();

    mvc.perform(
            post(page(p) + "/actuals")
                .with(session(manager))
                .with(csrf())
                .param("category", "LABOUR")
                .param("costType", "OPEX")
                .param("amount", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Use a number such as 1250.50.")))
        .andExpect(content().string(containsString("Give the period (YYYY-MM) or the date.")));
  }

  @Test
  void outsiders_get_404_and_members_403_when_changing() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    ProjectView secret = project(manager, true, member);

    mvc.perform(get(page(secret)).with(session(user(Role.MEMBER))))
        .andExpect(status().isNotFound());
    mvc.perform(get(page(secret)).with(session(member))).andExpect(status().isOk());
    mvc.perform(get(page(secret))).andExpect(status().is3xxRedirection());
    mvc.perform(post(page(secret)).with(session(member)).with(csrf()).param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page(secret) + "/actuals")
                .with(session(member))
                .with(csrf())
                .param("period", "2027-01")
                .param("category", "LABOUR")
                .param("costType", "OPEX")
                .param("amount", "5"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page(secret) + "/actuals")
                .with(session(user(Role.MEMBER)))
                .with(csrf())
                .param("period", "2027-01")
                .param("category", "LABOUR")
                .param("costType", "OPEX")
                .param("amount", "5"))
        .andExpect(status().isNotFound());
  }
}
