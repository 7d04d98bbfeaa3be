package org.cairnpmo.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void headers_are_matched_in_any_case_and_spacing_and_by_their_usual_other_names() {
    List<String> headers =
        List.of(
            "PROJECT-CODE",
            "Project name",
            "Owning department",
            "PM",
            "Planned_Start",
            "End Date",
            "Budget (EUR)",
            "Notes");
    assertThat(ColumnMapping.propose(ImportKind.PROJECTS, headers))
        .containsEntry("code", 0)
        .containsEntry("name", 1)
        .containsEntry("department", 2)
        .containsEntry("manager", 3)
        .containsEntry("start", 4)
        .containsEntry("finish", 5)
        .doesNotContainKey("budget")
        .doesNotContainKey("description");
  }

  @Test
  void an_exact_name_wins_over_another_field_s_other_name_and_a_column_serves_one_field() {
    // "Name" is the name, though "department name" and "unit" would also fit a department's name.
    assertThat(ColumnMapping.propose(ImportKind.DEPARTMENTS, List.of("Unit", "Name", "Code")))
        .containsEntry("name", 1)
        .containsEntry("code", 2)
        .hasSize(2);
  }

  @Test
  void a_chosen_mapping_names_headers_the_file_has_once_each() {
    List<String> headers = List.of("Ref", "Label");
    Map<String, String> choice = new LinkedHashMap<>();
    choice.put("code", "Ref");
    choice.put("name", "Label");
    choice.put("description", null);
    assertThat(ColumnMapping.chosen(ImportKind.PROJECTS, headers, choice))
        .containsExactly(Map.entry("code", 0), Map.entry("name", 1));
    assertThat(ColumnMapping.read(ColumnMapping.write(Map.of("code", 0)))).containsEntry("code", 0);

    choice.put("description", "Ref");
    choice.put("colour", "Label");
    assertThatThrownBy(() -> ColumnMapping.chosen(ImportKind.PROJECTS, headers, choice))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::message)
                    .containsExactly(
                        "The column 'Ref' is already chosen for code.",
                        "An import of projects has no field 'colour'."));
  }
}
