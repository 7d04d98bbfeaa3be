package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.PersonImport;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.PermissionTable;
import org.cairnpmo.support.PermissionTable.Action;
import org.cairnpmo.support.PermissionTable.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The bulk import table of {@code docs/permissions.md} is what the code does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPermissionTest extends ImportTestSupport {

  private final Map<Who, UserSummary> people = new EnumMap<>(Who.class);
  private final Map<String, Action> actions = new LinkedHashMap<>();

  @BeforeAll
  void cast() {
    people.putAll(PermissionTable.cast(this::user));
    actions.put(
        "Import projects from a CSV or XLSX file",
        who ->
            flow(
                "PROJECTS",
                "code,name,start,finish\nPM-" + unique() + ",Matrix,2027-01-01,2027-02-01\n",
                who));
    actions.put(
        "Import people from a CSV or XLSX file",
        who -> {
          String name = "pm" + unique().toLowerCase();
          return flow("PEOPLE", "username,name\n" + name + ",Matrix Person\n", who);
        });
    actions.put(
        "Import departments from a CSV or XLSX file",
        who -> flow("DEPARTMENTS", "code,name\nPM" + unique() + ",Matrix " + unique() + "\n", who));
  }

  /** The whole flow as {@code who}: the first refusal's status, or the status of apply. */
  private int flow(String kind, String csv, UserSummary who) throws Exception {
    MvcResult uploaded = upload(kind, "matrix.csv", csv.getBytes(StandardCharsets.UTF_8), who);
    if (uploaded.getResponse().getStatus() != 201) {
      return uploaded.getResponse().getStatus();
    }
    return apply(read(uploaded), who).getResponse().getStatus();
  }

  @Test
  void the_import_table_in_the_docs_is_what_the_code_does() throws Exception {
    var outcome = PermissionTable.perform("Import action", Who.class, people, actions);
    assertThat(outcome.surprises()).as("answers that are neither allowed nor refused").isEmpty();
    assertThat(outcome.actual())
        .withFailMessage(outcome::differences)
        .isEqualTo(outcome.documented());
  }

  @Test
  void every_step_refuses_a_person_who_lost_the_role_and_hides_an_upload_from_others()
      throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary pmo = user(Role.PMO);
    JsonNode plan =
        uploaded(
            "PROJECTS",
            "mine.csv",
            "code,name,start,finish\nPL-" + unique() + ",Mine,2027-01-01,2027-02-01\n",
            pmo);
    String path = "/api/v1/imports/" + plan.get("id").asLong();

    UserSummary otherPmo = user(Role.PMO);
    assertThat(status(get(path), otherPmo)).isEqualTo(404);
    assertThat(apply(plan, otherPmo).getResponse().getStatus()).isEqualTo(404);

    identity.importPeople(
        List.of(
            new PersonImport(
                pmo.id(),
                pmo.username(),
                pmo.displayName(),
                pmo.email(),
                null,
                null,
                Set.of(Role.PROJECT_MANAGER))),
        current(admin));
    assertThat(status(get(path), pmo)).isEqualTo(403);
    assertThat(
            status(
                put(path + "/mapping")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(Map.of("mapping", Map.of(), "version", 0))),
                pmo))
        .isEqualTo(403);
    assertThat(apply(plan, pmo).getResponse().getStatus()).isEqualTo(403);
    assertThat(status(delete(path), pmo)).isEqualTo(403);
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      UserSummary who)
      throws Exception {
    return mvc.perform(request.with(as(who)).accept(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
