package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.stream.Collectors;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** People and departments imported by an administrator. */
class PeopleAndDepartmentsImportTest extends ImportTestSupport {

  @Test
  void people_are_created_without_a_password_and_updated_by_username_or_email() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary known = user(Role.MEMBER);
    DepartmentSummary department = department();
    String newName = "imp" + unique().toLowerCase();
    JsonNode plan =
        uploaded(
            "PEOPLE",
            "people.csv",
            "User name,E-mail address,Full name,Position,Dept,Roles\n"
                + newName
                + ","
                + newName
                + "@example.org,Ada Import,Engineer,"
                + department.code()
                + ",\"Project manager, MEMBER\"\n"
                + ","
                + known.email().toUpperCase()
                + ",Known Person Renamed,,,\n"
                + "bad name!,x@example.org,Someone,,,\n"
                + ","
                + "nomail,Nobody,,Nowhere,CEO\n",
            admin);

    assertThat(actions(plan)).containsExactly("CREATE", "UPDATE", "CREATE", "CREATE");
    assertThat(problems(plan))
        .containsExactly(
            "4 User name: Use 2 to 60 lower-case letters, digits, dots, dashes or underscores.",
            "5 User name: A new person needs a username.",
            "5 E-mail address: 'nomail' is not an e-mail address like name@example.org.",
            "5 Dept: No department has the code or name 'Nowhere'.",
            "5 Roles: 'CEO' is not a role: use ADMIN, PMO, EXECUTIVE, PROJECT_MANAGER,"
                + " RESOURCE_MANAGER, MEMBER.");
    assertThat(apply(plan, admin).getResponse().getStatus()).isEqualTo(400);
    assertThat(identity.userByUsername(newName)).isEmpty();

    JsonNode good =
        uploaded(
            "PEOPLE",
            "people.csv",
            "User name,E-mail address,Full name,Position,Dept,Roles\n"
                + newName
                + ","
                + newName
                + "@example.org,Ada Import,Engineer,"
                + department.name()
                + ",\"Project manager, MEMBER\"\n"
                + ","
                + known.email().toUpperCase()
                + ",Known Person Renamed,,,\n",
            admin);
    assertThat(good.get("ready").asBoolean()).as(problems(good).toString()).isTrue();
    MvcResult applied = apply(good, admin);
    assertThat(applied.getResponse().getStatus())
        .as(applied.getResponse().getContentAsString())
        .isEqualTo(200);
    UserSummary created = identity.userByUsername(newName).orElseThrow();
    assertThat(created.departmentId()).isEqualTo(department.id());
    assertThat(created.jobTitle()).isEqualTo("Engineer");
    assertThat(created.roles()).containsExactly(Role.PROJECT_MANAGER, Role.MEMBER);
    assertThat(identity.user(known.id()).orElseThrow().displayName())
        .isEqualTo("Known Person Renamed");
    assertThat(identity.user(known.id()).orElseThrow().roles()).isEqualTo(known.roles());
    // No password: the new account cannot sign in with any password until one is set.
    assertThat(
            mvc.perform(get("/api/v1/users/me").with(httpBasic(newName, "")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
  }

  @Test
  void departments_are_placed_under_parents_named_by_code_or_name_even_later_in_the_file()
      throws Exception {
    UserSummary admin = user(Role.ADMIN);
    DepartmentSummary stored = department();
    String division = "DV" + unique();
    String unit = "UN" + unique();
    String team = "TM" + unique();
    JsonNode plan =
        uploaded(
            "DEPARTMENTS",
            "units.csv",
            "Unit code,Unit name,Parent department,Active\n"
                + unit
                + ",Unit "
                + unit
                + ",Division "
                + division
                + ",yes\n"
                + team
                + ",Team "
                + team
                + ","
                + unit
                + ",\n"
                + division
                + ",Division "
                + division
                + ",,\n"
                + stored.code()
                + ","
                + stored.name()
                + ","
                + division
                + ",no\n",
            admin);
    assertThat(plan.get("ready").asBoolean()).as(problems(plan).toString()).isTrue();
    assertThat(actions(plan)).containsExactly("CREATE", "CREATE", "CREATE", "UPDATE");
    assertThat(plan.get("rows").get(3).get("changes").toString())
        .contains("\"field\":\"Parent\"")
        .contains("\"field\":\"Active\"");
    MvcResult applied = apply(plan, admin);
    assertThat(applied.getResponse().getStatus())
        .as(applied.getResponse().getContentAsString())
        .isEqualTo(200);

    Map<String, DepartmentSummary> byCode =
        organization.departments().stream()
            .collect(Collectors.toMap(DepartmentSummary::code, d -> d));
    long divisionId = byCode.get(division).id();
    assertThat(byCode.get(division).parentId()).isNull();
    assertThat(byCode.get(unit).parentId()).isEqualTo(divisionId);
    assertThat(byCode.get(team).parentId()).isEqualTo(byCode.get(unit).id());
    assertThat(byCode.get(stored.code()).parentId()).isEqualTo(divisionId);
    assertThat(byCode.get(stored.code()).active()).isFalse();

    // The administration's list shows where each sits.
    String list =
        mvc.perform(get("/admin/departments").with(signedInAs(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).containsPattern("(?s)" + team + "</td>.*?<span class=\"cell-code\">" + unit);

    // A loop of parents and a name another department has are problems of their rows.
    JsonNode loop =
        uploaded(
            "DEPARTMENTS",
            "loop.csv",
            "code,name,parent\n"
                + division
                + ",Division "
                + division
                + ","
                + team
                + "\n"
                + "NW"
                + unique()
                + ","
                + stored.name()
                + ",\n",
            admin);
    assertThat(problems(loop))
        .containsExactly(
            "2 parent: The parents of " + division + " lead back to it.",
            "3 name: The department "
                + stored.code()
                + " has this name: two departments cannot"
                + " share it.");
  }

  @Test
  void bad_uploads_are_refused_with_problem_json_naming_the_file() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    Map<String, byte[]> files =
        Map.of(
            "a.pdf", "%PDF-1.4".getBytes(),
            "empty.csv", new byte[0],
            "broken.csv", "code,name\n\"A-1,never closed\n".getBytes(),
            "fake.xlsx", "code,name\nA,B\n".getBytes(),
            "header-only.csv", "code,name\n".getBytes());
    Map<String, String> expected =
        Map.of(
            "a.pdf", "Upload a .csv or .xlsx file.",
            "empty.csv", "The file is empty.",
            "broken.csv", "Row 2: a quoted field is not closed.",
            "fake.xlsx", "The file is not a readable XLSX workbook.",
            "header-only.csv", "The file has a header but no rows.");
    for (var file : files.entrySet()) {
      MvcResult result = upload("DEPARTMENTS", file.getKey(), file.getValue(), admin);
      assertThat(result.getResponse().getStatus()).as(file.getKey()).isEqualTo(400);
      assertThat(result.getResponse().getContentType()).contains("problem+json");
      assertThat(read(result).get("detail").asString())
          .as(file.getKey())
          .isEqualTo(expected.get(file.getKey()));
    }
    MvcResult large =
        upload(
            "DEPARTMENTS",
            "large.csv",
            new byte[(int) org.cairnpmo.onboarding.domain.OnboardingImports.MAX_FILE_BYTES + 1],
            admin);
    assertThat(large.getResponse().getStatus()).isEqualTo(413);
    assertThat(read(large).get("detail").asString()).startsWith("The file is larger than 10 MB");
    MvcResult kind = upload("PLANETS", "x.csv", "code\nA\n".getBytes(), admin);
    assertThat(kind.getResponse().getStatus()).isEqualTo(400);
    assertThat(kind.getResponse().getContentType()).contains("problem+json");
  }
}
