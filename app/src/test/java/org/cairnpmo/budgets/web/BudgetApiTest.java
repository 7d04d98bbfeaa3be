package org.cairnpmo.budgets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

class BudgetApiTest extends ApiTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  List<org.cairnpmo.control.StatusMetricsProvider> statusMetrics;

  private static String base(ProjectView p) {
    return "/api/v1/projects/" + p.id();
  }

  private static Map<String, Object> line(
      String period, String category, String type, Object amount) {
    return Map.of("period", period, "category", category, "costType", type, "amount", amount);
  }

  private MockHttpServletRequestBuilder putJson(String path, Object body) {
    return put(path).contentType(MediaType.APPLICATION_JSON).content(write(body));
  }

  private MockHttpServletRequestBuilder postJson(String path, Object body) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(write(body));
  }

  private static MockMultipartFile file(String name, String text) {
    return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_manager_sets_a_budget_that_is_compared_with_the_register() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    mvc.perform(get(base(p) + "/budget").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.lines").isEmpty())
        .andExpect(jsonPath("$.editable").value(true));

    mvc.perform(
            putJson(
                    base(p) + "/budget",
                    Map.of(
                        "lines",
                        List.of(
                            line("2027-01", "LABOUR", "OPEX", 40000),
                            line("2027-02", "MATERIAL", "CAPEX", 50000)),
                        "eacMethod",
                        "AC_PLUS_REMAINING_AT_BUDGET"))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.total").value(90000.0))
        .andExpect(jsonPath("$.eacFormula").value("AC + (BAC - EV)"))
        .andExpect(jsonPath("$.warning").value(org.hamcrest.Matchers.containsString("100000.00")));

    mvc.perform(
            putJson(
                    base(p) + "/budget",
                    Map.of(
                        "lines",
                        List.of(
                            line("2027-01", "LABOUR", "OPEX", 50000),
                            line("2027-02", "MATERIAL", "CAPEX", 50000)),
                        "version",
                        1))
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.warning").doesNotExist())
        .andExpect(jsonPath("$.eacMethod").value("AC_PLUS_REMAINING_AT_BUDGET"));

    // A stale version changes nothing.
    mvc.perform(
            putJson(base(p) + "/budget", Map.of("lines", List.of(), "version", 1))
                .with(as(manager)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.currentVersion").value(2));
    mvc.perform(get(base(p) + "/budget").with(as(manager)))
        .andExpect(jsonPath("$.lines.length()").value(2));
    // No version at all is refused too.
    mvc.perform(putJson(base(p) + "/budget", Map.of("lines", List.of())).with(as(manager)))
        .andExpect(status().isPreconditionRequired());
  }

  @Test
  void bad_budget_lines_answer_400_with_every_field() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    JsonNode body =
        read(
            mvc.perform(
                    putJson(
                            base(p) + "/budget",
                            Map.of(
                                "lines",
                                List.of(
                                    line("2027-13", "LABOUR", "OPEX", 1),
                                    line("2027-01", "LABOUR", "OPEX", -5),
                                    line("2027-02", "LABOUR", "OPEX", 1),
                                    line("2027-02", "LABOUR", "OPEX", 2)),
                                "version",
                                0))
                        .with(as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andReturn());
    assertThat(body.get("errors").findValuesAsString("field"))
        .containsExactly("lines[0].period", "lines[1].amount", "lines[3]");

    mvc.perform(
            putJson(
                    base(p) + "/budget",
                    Map.of("lines", List.of(), "eacMethod", "MAGIC", "version", 0))
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("eacMethod"));
  }

  @Test
  void who_may_read_and_change_a_budget() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    UserSummary outsider = user(Role.MEMBER);
    UserSummary pmo = user(Role.PMO);
    UserSummary executive = user(Role.EXECUTIVE);
    ProjectView open = project(manager, false, member);
    ProjectView secret = project(manager, true, member);
    Map<String, Object> body = Map.of("lines", List.of(), "version", 0);
    Map<String, Object> progress = Map.of("points", List.of(), "version", 0);
    Map<String, Object> actual =
        Map.of("period", "2027-01", "category", "LABOUR", "costType", "OPEX", "amount", 10);

    for (String path : List.of("/budget", "/progress", "/actuals", "/evm")) {
      mvc.perform(get(base(open) + path)).andExpect(status().isUnauthorized());
      mvc.perform(get(base(open) + path).with(as(member))).andExpect(status().isOk());
      mvc.perform(get(base(open) + path).with(as(outsider))).andExpect(status().isOk());
      mvc.perform(get(base(secret) + path).with(as(outsider)))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
      mvc.perform(get(base(secret) + path).with(as(executive))).andExpect(status().isOk());
      mvc.perform(get("/api/v1/projects/987654321" + path).with(as(pmo)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(putJson(base(open) + "/budget", body)).andExpect(status().isUnauthorized());
    mvc.perform(putJson(base(open) + "/budget", body).with(as(member)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(putJson(base(open) + "/budget", body).with(as(executive)))
        .andExpect(status().isForbidden());
    mvc.perform(putJson(base(secret) + "/budget", body).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(putJson(base(open) + "/progress", progress).with(as(member)))
        .andExpect(status().isForbidden());
    mvc.perform(postJson(base(open) + "/actuals", actual).with(as(member)))
        .andExpect(status().isForbidden());
    mvc.perform(postJson(base(secret) + "/actuals", actual).with(as(outsider)))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart(base(open) + "/actuals/import")
                .file(file("a.csv", "period,category,cost type,amount\n2027-01,LABOUR,OPEX,5\n"))
                .with(as(member)))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart(base(open) + "/actuals/import")
                .file(file("a.csv", "period,category,cost type,amount\n2027-01,LABOUR,OPEX,5\n")))
        .andExpect(status().isUnauthorized());
    mvc.perform(putJson(base(open) + "/budget", body).with(as(pmo))).andExpect(status().isOk());
    mvc.perform(postJson(base(secret) + "/actuals", actual).with(as(user(Role.ADMIN))))
        .andExpect(status().isCreated());
  }

  @Test
  void actuals_are_entered_checked_and_listed_newest_month_first() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    mvc.perform(
            postJson(
                    base(p) + "/actuals",
                    Map.of(
                        "date", "2027-02-10",
                        "category", "MATERIAL",
                        "costType", "CAPEX",
                        "amount", "1200.50",
                        "description", "Servers",
                        "reference", "PO-1"))
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(header().exists(HttpHeaders.LOCATION))
        .andExpect(jsonPath("$.period").value("2027-02"))
        .andExpect(jsonPath("$.source").value("entered"));
    mvc.perform(
            postJson(
                    base(p) + "/actuals",
                    Map.of(
                        "period",
                        "2027-01",
                        "category",
                        "LABOUR",
                        "costType",
                        "OPEX",
                        "amount",
                        800))
                .with(as(manager)))
        .andExpect(status().isCreated());

    JsonNode bad =
        read(
            mvc.perform(
                    postJson(
                            base(p) + "/actuals",
                            Map.of("date", "2027-03-01", "period", "2027-02", "amount", 0))
                        .with(as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andReturn());
    assertThat(bad.get("errors").findValuesAsString("field"))
        .containsExactly("date", "category", "costType", "amount");
    mvc.perform(
            postJson(base(p) + "/actuals", Map.of("date", "2027-02-30", "amount", 5))
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));

    mvc.perform(get(base(p) + "/actuals?size=1").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(2))
        .andExpect(jsonPath("$.content[0].period").value("2027-02"));
    mvc.perform(get(base(p) + "/actuals?size=500").with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void an_import_with_bad_rows_stores_nothing_and_lists_every_bad_row() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    String header = "period;date;category;cost type;amount;description;reference\n";

    JsonNode body =
        read(
            mvc.perform(
                    multipart(base(p) + "/actuals/import")
                        .file(
                            file(
                                "costs.csv",
                                header
                                    + "2027-01;;LABOUR;OPEX;1000;ok;A\n"
                                    + "2027-1;;LABOUR;OPEX;1000;bad period;B\n"
                                    + "2027-01;;LABOUR;OPEX;1000;ok;C\n"
                                    + "2027-01;;FOOD;OPEX;x;two problems;D\n"))
                        .with(as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Import rejected"))
                .andReturn());
    assertThat(body.get("errors").findValues("row").stream().map(JsonNode::asInt).toList())
        .containsExactly(3, 5, 5);
    assertThat(body.get("errors").findValuesAsString("field"))
        .containsExactly("period", "category", "amount");
    mvc.perform(get(base(p) + "/actuals").with(as(manager)))
        .andExpect(jsonPath("$.totalElements").value(0));

    mvc.perform(
            multipart(base(p) + "/actuals/import")
                .file(
                    file(
                        "costs.csv",
                        header
                            + "2027-01;;LABOUR;OPEX;1000,50;ok;A\n"
                            + ";2027-02-03;MATERIAL;CAPEX;2000;\"Parts; boxed\";B\n"))
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.imported").value(2))
        .andExpect(jsonPath("$.total").value(3000.5));
    mvc.perform(get(base(p) + "/actuals").with(as(manager)))
        .andExpect(jsonPath("$.totalElements").value(2))
        .andExpect(jsonPath("$.content[0].description").value("Parts; boxed"))
        .andExpect(jsonPath("$.content[0].source").value("import: costs.csv"));

    mvc.perform(
            multipart(base(p) + "/actuals/import")
                .file(new MockMultipartFile("file", "costs.pdf", "application/pdf", new byte[] {1}))
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].row").value(0));
  }

  @Test
  void a_zip_bomb_is_refused_with_a_clear_400_and_nothing_is_stored() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    byte[] bomb =
        org.cairnpmo.budgets.domain.ActualsImportTestSupport.inflatedWorkbook(
            List.of(
                List.of("Period", "Category", "Cost type", "Amount"),
                List.of("2027-03", "LABOUR", "OPEX", 300)),
            100L * 1024 * 1024);
    mvc.perform(
            multipart(base(p) + "/actuals/import")
                .file(
                    new MockMultipartFile(
                        "file",
                        "costs.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        bomb))
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    org.hamcrest.Matchers.startsWith("The workbook unpacks to more than 25 MB")));
    mvc.perform(get(base(p) + "/actuals").with(as(manager)))
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void an_xlsx_import_is_stored_in_one_go() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);
    byte[] xlsx =
        org.cairnpmo.budgets.domain.ActualsImportTestSupport.workbook(
            List.of(
                List.of("Period", "Category", "Cost type", "Amount"),
                List.of("2027-03", "LABOUR", "OPEX", 300),
                List.of("2027-04", "OTHER", "OPEX", 400.5)));
    mvc.perform(
            multipart(base(p) + "/actuals/import")
                .file(
                    new MockMultipartFile(
                        "file",
                        "costs.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx))
                .with(as(manager)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.imported").value(2));
  }

  @Test
  void progress_and_earned_value_follow_the_budget() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView p = project(manager, false);

    mvc.perform(get(base(p) + "/evm").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statusPeriod").doesNotExist())
        .andExpect(jsonPath("$.figures[0].undefinedReason").isNotEmpty());

    mvc.perform(
            putJson(
                    base(p) + "/budget",
                    Map.of(
                        "lines",
                        List.of(
                            line("2027-01", "LABOUR", "OPEX", 10000),
                            line("2027-02", "LABOUR", "OPEX", 10000),
                            line("2027-03", "LABOUR", "OPEX", 10000),
                            line("2027-04", "LABOUR", "OPEX", 10000)),
                        "version",
                        0))
                .with(as(manager)))
        .andExpect(status().isOk());
    mvc.perform(
            putJson(
                    base(p) + "/progress",
                    Map.of(
                        "points",
                        List.of(
                            Map.of("period", "2027-01", "percentComplete", 15),
                            Map.of("period", "2027-02", "percentComplete", 40)),
                        "version",
                        1))
                .with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    mvc.perform(
            putJson(
                    base(p) + "/progress",
                    Map.of(
                        "points",
                        List.of(Map.of("period", "2027-01", "percentComplete", 101)),
                        "version",
                        2))
                .with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("points[0].percentComplete"));
    mvc.perform(
            putJson(base(p) + "/progress", Map.of("points", List.of(), "version", 1))
                .with(as(manager)))
        .andExpect(status().isConflict());
    mvc.perform(
            multipart(base(p) + "/actuals/import")
                .file(
                    file(
                        "costs.csv",
                        "period,category,cost type,amount\n2027-01,LABOUR,OPEX,9000\n2027-02,LABOUR,OPEX,9000\n"))
                .with(as(manager)))
        .andExpect(status().isCreated());

    JsonNode evm =
        read(
            mvc.perform(get(base(p) + "/evm").with(as(user(Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusPeriod").value("2027-02"))
                .andExpect(jsonPath("$.eacFormula").value("BAC / CPI"))
                .andExpect(jsonPath("$.periods.length()").value(4))
                .andReturn());
    Map<String, JsonNode> figures = new java.util.HashMap<>();
    evm.get("figures").forEach(f -> figures.put(f.get("key").asString(), f));
    assertThat(figures.get("SPI").get("value").decimalValue()).isEqualByComparingTo("0.8");
    assertThat(figures.get("EAC").get("value").decimalValue()).isEqualByComparingTo("45000");
    assertThat(figures.get("ETC").get("value").decimalValue()).isEqualByComparingTo("27000");

    // Status reports see the same SPI and CPI through control's provider interface.
    var snapshot =
        statusMetrics.stream()
            .map(provider -> provider.earnedValue(p.id(), java.time.LocalDate.of(2027, 2, 28)))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElseThrow();
    assertThat(snapshot.spi()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8"));
    assertThat(
            statusMetrics.stream()
                .map(provider -> provider.earnedValue(p.id(), java.time.LocalDate.of(2026, 12, 31)))
                .flatMap(java.util.Optional::stream)
                .findFirst())
        .isEmpty();

    mvc.perform(get(base(p) + "/evm?method=AC_PLUS_REMAINING_AT_BUDGET").with(as(manager)))
        .andExpect(jsonPath("$.eacFormula").value("AC + (BAC - EV)"));
    mvc.perform(get(base(p) + "/evm?method=NOPE").with(as(manager)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get(base(p) + "/evm?method=AC_PLUS_BOTTOM_UP_ETC").with(as(manager)))
        .andExpect(status().isBadRequest());
  }
}
