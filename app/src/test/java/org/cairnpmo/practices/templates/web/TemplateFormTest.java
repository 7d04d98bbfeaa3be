package org.cairnpmo.practices.templates.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairnpmo.practices.templates.TemplateContent.DocumentItem;
import org.junit.jupiter.api.Test;

/** The documents box of the template form: name, link, and the archive's library template. */
class TemplateFormTest {

  @Test
  void a_document_line_may_name_a_library_template_by_id_as_its_third_part() {
    TemplateForm form = new TemplateForm();
    form.setName("T");
    form.setDocuments(
        "Project charter | | 12\nClosure report | https://example.org/c\nRisk register");
    assertThat(form.toData().content().documents())
        .containsExactly(
            new DocumentItem("Project charter", null, 12L),
            new DocumentItem("Closure report", "https://example.org/c", null),
            new DocumentItem("Risk register", null, null));
    assertThat(form.getLineProblems()).isEmpty();

    form.setDocuments("Charter | | twelve\nA | b | 1 | 2");
    form.toData();
    assertThat(form.getLineProblems())
        .extracting(p -> p.message())
        .containsExactly(
            "Line 1: 'twelve' is not a whole number.",
            "Line 2: write 1 to 3 parts separated by |.");
  }
}
