package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormErrorsTest {

  public static class Phase {
    private String criteria = "";

    public String getCriteria() {
      return criteria;
    }

    public void setCriteria(String criteria) {
      this.criteria = criteria;
    }
  }

  public static class Form {
    private String name = "";
    private List<Phase> phases = new ArrayList<>(List.of(new Phase()));

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<Phase> getPhases() {
      return phases;
    }

    public void setPhases(List<Phase> phases) {
      this.phases = phases;
    }
  }

  private final BindingResult binding = new BeanPropertyBindingResult(new Form(), "form");

  @Test
  void a_problem_lands_next_to_its_field() {
    FormErrors.reject(binding, InvalidInputException.of("name", "Enter a name."));

    assertThat(binding.getFieldError("name").getDefaultMessage()).isEqualTo("Enter a name.");
    assertThat(binding.getGlobalErrors()).isEmpty();
  }

  @Test
  void an_element_of_a_list_shown_as_one_text_area_lands_on_the_text_area() {
    FormErrors.reject(
        binding, List.of(new FieldProblem("phases[0].criteria[2]", "Name each criterion.")));

    assertThat(binding.getFieldError("phases[0].criteria").getDefaultMessage())
        .isEqualTo("Name each criterion.");
  }

  @Test
  void a_problem_no_field_shows_goes_above_the_form() {
    FormErrors.reject(
        binding,
        List.of(
            new FieldProblem("budgetLines", "Add a line."),
            new FieldProblem(null, "The project is closed.")));

    assertThat(binding.getGlobalErrors())
        .extracting(e -> e.getDefaultMessage())
        .containsExactly("Add a line.", "The project is closed.");
    assertThat(binding.getFieldErrors()).isEmpty();
  }

  @Test
  void a_field_shows_only_its_first_message() {
    binding.rejectValue("name", "typeMismatch", "Enter a valid value.");

    FormErrors.reject(binding, InvalidInputException.of("name", "Enter a name."));

    assertThat(binding.getFieldErrors("name"))
        .extracting(e -> e.getDefaultMessage())
        .containsExactly("Enter a valid value.");
  }
}
