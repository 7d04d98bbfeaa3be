package org.cairnpmo.practices.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's KPIs: one standard KPI per measure, and a year of monthly snapshots computed from the
 * demo's data; the portfolio shows a trend for the measures the demo records; loading again adds
 * nothing.
 */
class KpiDemoDataTest extends DemoDataTest {

  @Autowired KpiDemoData demo;
  @Autowired KpiService definitions;
  @Autowired KpiSnapshots snapshots;
  @Autowired KpiBoard board;
  @Autowired IdentityApi identity;
  @Autowired org.springframework.test.web.servlet.MockMvc mvc;

  @Test
  void the_pmo_reads_the_demo_s_kpis_and_compliance_pages() throws Exception {
    // Sessions live in the database: the signed-in session travels in its cookie.
    var login =
        mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                    .formLogin("/login")
                    .user("pmo")
                    .password("demo"))
            .andReturn()
            .getResponse();
    jakarta.servlet.http.Cookie[] session = login.getCookies();
    assertThat(session).isNotEmpty();
    String kpis = page("/practices/kpis", session);
    assertThat(kpis).contains("Schedule performance index", "<polyline", "Take snapshot now");
    String compliance = page("/practices/compliance?sort=score", session);
    assertThat(compliance).contains("compliance-list", "Cairn Standard");
  }

  private String page(String path, jakarta.servlet.http.Cookie[] session) throws Exception {
    var response =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .cookie(session))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path + " → " + response.getRedirectedUrl()).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void standard_kpis_and_a_year_of_snapshots_are_loaded_once() {
    assertThat(definitions.definitions())
        .extracting(KpiView::measure)
        .contains(KpiMeasure.values());
    YearMonth now = YearMonth.now();
    Map<Long, Map<String, Map<Long, Figure>>> year =
        snapshots.read(now.minusMonths(KpiDemoData.MONTHS), now.minusMonths(1));
    long months = year.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
    assertThat(months).isEqualTo(KpiDemoData.MONTHS);

    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    KpiBoard.Board portfolio =
        board.portfolio(12, new CurrentUser(p.id(), p.username(), p.displayName(), p.roles()));
    for (KpiMeasure m :
        new KpiMeasure[] {
          KpiMeasure.SPI, KpiMeasure.MILESTONE_ON_TIME, KpiMeasure.REPORT_PUNCTUALITY
        }) {
      KpiBoard.KpiFigure figure =
          portfolio.figures().stream()
              .filter(f -> f.kpi().measure() == m)
              .findFirst()
              .orElseThrow();
      assertThat(figure.trend().stream().filter(t -> t.value() != null).count())
          .as(m.name() + " months with a figure")
          .isGreaterThanOrEqualTo(3);
    }

    int kpis = definitions.definitions().size();
    int rows =
        year.values().stream().mapToInt(m -> m.values().stream().mapToInt(Map::size).sum()).sum();
    demo.load();
    assertThat(definitions.definitions()).hasSize(kpis);
    Map<Long, Map<String, Map<Long, Figure>>> again =
        snapshots.read(now.minusMonths(KpiDemoData.MONTHS), now.minusMonths(1));
    assertThat(
            again.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Map::size).sum())
                .sum())
        .isEqualTo(rows);
  }
}
