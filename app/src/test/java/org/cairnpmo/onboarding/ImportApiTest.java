package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The bulk import through the API: upload, mapping, dry run and apply, all or nothing. */
class ImportApiTest extends ImportTestSupport {

  @Test
  void projects_from_csv_are_mapped_by_their_headers_checked_and_registered() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    DepartmentSummary department = department();
    String a = "IA-" + unique();
    String b = "IB-" + unique();
    JsonNode plan =
        uploaded(
            "PROJECTS",
            "projects.csv",
            "Project Code;Title;Dept;PM;Classification;Priority;Start date;End date;Budget;Private\n"
                + a
                + ";Warehouse robots;"
                + department.code()
                + ";"
                + manager.username()
                + ";IT infrastructure;high;2027-01-01;2027-12-31;1.250.000,00;yes\n"
                + b
                + ";\"New CRM; phase 2\";"
                + department.name()
                + ";"
                + manager.email()
                + ";CUSTOMER;LOW;2027-03-01;2027-09-30;;no\n",
            pmo);

    assertThat(plan.get("ready").asBoolean()).as(problems(plan).toString()).isTrue();
    assertThat(actions(plan)).containsExactly("CREATE", "CREATE");
    Map<String, String> mapping = new LinkedHashMap<>();
    plan.get("mapping")
        .forEach(m -> mapping.put(m.get("field").asString(), m.path("column").asString(null)));
    assertThat(mapping)
        .containsEntry("code", "Project Code")
        .containsEntry("name", "Title")
        .containsEntry("department", "Dept")
        .containsEntry("manager", "PM")
        .containsEntry("category", "Classification")
        .containsEntry("start", "Start date")
        .containsEntry("finish", "End date")
        .containsEntry("confidential", "Private")
        .containsEntry("sponsor", null);

    MvcResult applied = apply(plan, pmo);
    assertThat(applied.getResponse().getStatus())
        .as(applied.getResponse().getContentAsString())
        .isEqualTo(200);
    assertThat(read(applied).get("created").asInt()).isEqualTo(2);
    Map<String, ProjectView> stored = projects.projectsByCodes(List.of(a, b));
    ProjectView first = stored.get(a.toUpperCase());
    assertThat(first.name()).isEqualTo("Warehouse robots");
    assertThat(first.departmentId()).isEqualTo(department.id());
    assertThat(first.managerId()).isEqualTo(manager.id());
    assertThat(first.category()).isEqualTo(ProjectCategory.IT_INFRASTRUCTURE);
    assertThat(first.budgetAmount()).isEqualByComparingTo("1250000");
    assertThat(first.confidential()).isTrue();
    assertThat(stored.get(b.toUpperCase()).name()).isEqualTo("New CRM; phase 2");
    assertThat(stored.get(b.toUpperCase()).status()).isEqualTo(ProjectStatus.PROPOSED);

    // The portfolio dashboard has their rows, written in one go after the import.
    String dashboard =
        fetch("/api/v1/portfolio/dashboard?department=" + department.id(), pmo)
            .getResponse()
            .getContentAsString();
    assertThat(dashboard).contains(a.toUpperCase()).contains(b.toUpperCase());

    // The upload is forgotten once applied.
    assertThat(fetch("/api/v1/imports/" + plan.get("id").asLong(), pmo).getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void a_person_changes_the_proposed_mapping_and_gets_a_new_dry_run() throws Exception {
    UserSummary pmo = user(Role.PMO);
    String code = "IM-" + unique();
    JsonNode plan =
        uploaded(
            "PROJECTS",
            "p.csv",
            "code,label,start,finish,notes\n" + code + ",Mapped by hand,2027-01-01,2027-02-01,x\n",
            pmo);
    assertThat(plan.get("ready").asBoolean()).isFalse();
    assertThat(plan.get("problems").get(0).get("message").asString())
        .isEqualTo("No column is read as name: choose its column.");
    assertThat(plan.get("rows")).isEmpty();

    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("code", "code");
    mapping.put("name", "label");
    mapping.put("start", "start");
    mapping.put("finish", "finish");
    mapping.put("description", "notes");
    body.put("mapping", mapping);
    body.put("version", plan.get("version").asLong());
    MvcResult remapped =
        mvc.perform(
                put("/api/v1/imports/" + plan.get("id").asLong() + "/mapping")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body))
                    .with(as(pmo)))
            .andReturn();
    assertThat(remapped.getResponse().getStatus())
        .as(remapped.getResponse().getContentAsString())
        .isEqualTo(200);
    assertThat(remapped.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
    JsonNode again = read(remapped);
    assertThat(again.get("ready").asBoolean()).isTrue();
    assertThat(again.get("rows").get(0).get("changes").toString()).contains("Mapped by hand");

    // The old version is stale; a header the file lacks and an unknown field are refused.
    assertThat(apply(plan, pmo).getResponse().getStatus()).isEqualTo(409);
    mapping.put("name", "Nope");
    body.put("version", 1);
    MvcResult wrong =
        mvc.perform(
                put("/api/v1/imports/" + plan.get("id").asLong() + "/mapping")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body))
                    .with(as(pmo)))
            .andReturn();
    assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
    assertThat(wrong.getResponse().getContentType()).contains("problem+json");
    assertThat(wrong.getResponse().getContentAsString()).contains("no column headed 'Nope'");

    // Another person does not find the upload at all.
    assertThat(
            fetch("/api/v1/imports/" + plan.get("id").asLong(), user(Role.PMO))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void the_dry_run_shows_updates_unchanged_rows_and_every_problem_and_nothing_is_applied()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    ProjectView existing = project(null, false);
    ProjectView same = project(null, false);
    String fresh = "IP-" + unique();
    String csv =
        "code,name,start,finish,priority,status,department,description\n"
            // an update: new name and priority
            + existing.code()
            + ",Renamed,2027-01-01,2027-12-31,HIGH,,,\n"
            // unchanged: every cell as stored (or empty)
            + same.code()
            + ","
            + same.name()
            + ",2027-01-01,2027-12-31,,,,\n"
            + fresh
            + ",Fine,2027-01-01,2027-12-31,,,,\n"
            + fresh
            + ",Again,2027-01-01,2027-12-31,,,,\n"
            + "IQ-"
            + unique()
            + ",Bad date,2027-02-30,2027-12-31,,,,\n"
            + "IR-"
            + unique()
            + ",Bad enum,2027-01-01,2027-12-31,URGENT,,,\n"
            + "IS-"
            + unique()
            + ",,2027-01-01,2027-12-31,,,,\n"
            + "IT-"
            + unique()
            + ",Unknown dept,2027-01-01,2027-12-31,,,Nowhere,\n"
            + "IU-"
            + unique()
            + ",Closed at once,2027-01-01,2027-12-31,,CLOSED,,\n"
            + "IV-"
            + unique()
            + ",Bell\u0007,2027-01-01,2027-12-31,,,,\n"
            + "IW-"
            + unique()
            + ",Long,2027-01-01,2027-12-31,,,,\""
            + "x".repeat(4001)
            + "\"\n"
            + "IX-"
            + unique()
            + ",Backwards,2027-12-31,2027-01-01,,,,\n"
            + "IY-"
            + unique()
            + ",No start,,2027-01-01,URGENT,,,\n";
    JsonNode plan = uploaded("PROJECTS", "mixed.csv", csv, pmo);

    assertThat(actions(plan))
        .containsExactly(
            "UPDATE",
            "UNCHANGED",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE",
            "CREATE");
    JsonNode update = plan.get("rows").get(0);
    assertThat(update.get("changes").toString())
        .contains("\"field\":\"Name\"")
        .contains("\"before\":\"" + existing.name() + "\"")
        .contains("\"after\":\"Renamed\"")
        .contains("\"field\":\"Priority\"");
    assertThat(problems(plan))
        .containsExactly(
            "5 code: Row 4 has the same code " + fresh + ".",
            "6 start: '2027-02-30' is not a date: use YYYY-MM-DD.",
            "7 priority: 'URGENT' is not one of CRITICAL, HIGH, MEDIUM, LOW.",
            "8 name: The name is missing.",
            "9 department: No department has the code or name 'Nowhere'.",
            "10 status: A new project starts as PROPOSED or ACTIVE, not CLOSED.",
            "11 name: " + org.cairnpmo.platform.InputRules.CONTROL_CHARACTER_MESSAGE,
            "12 description: Keep this to 4000 characters (it has 4001).",
            "13 finish: The planned finish cannot be before the planned start.",
            "14 priority: 'URGENT' is not one of CRITICAL, HIGH, MEDIUM, LOW.",
            "14 start: The planned start is missing.");
    assertThat(plan.get("counts").toString())
        .isEqualTo("{\"rows\":13,\"create\":11,\"update\":1,\"unchanged\":1,\"withProblems\":10}");

    MvcResult refused = apply(plan, pmo);
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(read(refused).get("type").asString()).endsWith("/import-rejected");
    assertThat(read(refused).get("errors")).hasSize(11);
    assertThat(projects.projectsByCodes(List.of(fresh))).isEmpty();
    assertThat(projects.project(existing.id()).orElseThrow().name()).isEqualTo(existing.name());
  }

  @Test
  void a_code_taken_between_the_dry_run_and_apply_fails_cleanly_and_writes_nothing()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    String first = "IY-" + unique();
    String raced = "IZ-" + unique();
    JsonNode plan =
        uploaded(
            "PROJECTS",
            "race.csv",
            "code,name,start,finish\n"
                + first
                + ",First,2027-01-01,2027-06-30\n"
                + raced
                + ",Raced,2027-01-01,2027-06-30\n",
            pmo);
    assertThat(plan.get("ready").asBoolean()).isTrue();

    // Someone registers the second code meanwhile, with a status the file cannot reach.
    var data = projectData(null, false, List.of());
    projects.register(
        new org.cairnpmo.projects.ProjectData(
            raced,
            "Taken meanwhile",
            null,
            null,
            null,
            null,
            null,
            null,
            ProjectStatus.ACTIVE,
            data.plannedStart(),
            data.plannedFinish(),
            null,
            null,
            false,
            List.of(),
            null),
        current(pmo));

    MvcResult applied = apply(plan, pmo);
    assertThat(applied.getResponse().getStatus()).isEqualTo(400);
    JsonNode errors = read(applied).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
    assertThat(errors.get(0).get("message").asString())
        .startsWith(
            "Since the dry run you saw, " + raced + " changed in Cairn: the row would now update.");
    assertThat(projects.projectsByCodes(List.of(raced)).values().iterator().next().name())
        .isEqualTo("Taken meanwhile");
    assertThat(projects.projectsByCodes(List.of(first))).isEmpty();
  }
}
