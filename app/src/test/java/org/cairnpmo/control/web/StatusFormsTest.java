package org.cairnpmo.control.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class StatusFormsTest {

  private static SubmittedForm<String> form() {
    return new SubmittedForm<>("typed", PageErrors.of(null));
  }

  private static ExtendedModelMap shown(SubmittedForm<?> submitted) {
    ExtendedModelMap model = new ExtendedModelMap();
    submitted.errors().addTo(model);
    return model;
  }

  @Test
  void a_form_that_saves_hands_the_form_to_the_save_and_returns_what_it_saved() {
    assertThat(form().save(f -> f + " saved")).contains("typed saved");
    assertThat(form().saveFields(f -> f + " saved")).contains("typed saved");
  }

  @Test
  void a_form_with_errors_is_not_saved() {
    SubmittedForm<String> submitted = form();
    submitted.errors().global("Not yet");
    assertThat(
            submitted.save(
                f -> {
                  throw new AssertionError("saved a form with errors");
                }))
        .isEmpty();
  }

  @Test
  void the_domains_field_problems_go_next_to_their_fields_and_a_broken_rule_on_top() {
    SubmittedForm<String> invalid = form();
    assertThat(
            invalid.save(
                f -> {
                  throw InvalidInputException.of("name", "Name it");
                }))
        .isEmpty();
    assertThat(shown(invalid).get("errors")).isEqualTo(Map.of("name", "Name it"));

    SubmittedForm<String> refused = form();
    assertThat(
            refused.save(
                f -> {
                  throw new BusinessRuleException("closed", "The project is closed");
                }))
        .isEmpty();
    assertThat(shown(refused).get("globalErrors")).isEqualTo(List.of("The project is closed"));
  }

  @Test
  void a_broken_rule_leaves_save_fields_and_a_newer_version_leaves_both() {
    assertThatThrownBy(
            () ->
                form()
                    .saveFields(
                        f -> {
                          throw new BusinessRuleException("closed", "The project is closed");
                        }))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(
            () ->
                form()
                    .save(
                        f -> {
                          throw new StaleVersionException("The report", 1, 2);
                        }))
        .isInstanceOf(StaleVersionException.class);
  }
}
