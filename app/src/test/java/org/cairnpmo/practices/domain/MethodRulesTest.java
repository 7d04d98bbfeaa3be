package org.cairnpmo.practices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.practices.MethodStatus;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MethodRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private static MethodData data(String guidance) {
    return new MethodData(
        "Cairn Standard",
        null,
        7L,
        List.of(3L),
        List.of(
            new MethodData.PhaseData(
                "Initiation",
                guidance,
                List.of("Sponsor named"),
                List.of(
                    new MethodData.DeliverableData(
                        "Business case", "Why", "Project manager", true))),
            MethodData.PhaseData.empty("Closure")),
        null);
  }

  private static Method saved(Method method, long id) {
    ReflectionTestUtils.setField(method, "id", id);
    method.startLineage();
    return method;
  }

  @Test
  void a_draft_changes_until_it_is_published_and_then_it_is_frozen() {
    Method method = saved(Method.draft(data("First"), "pmo", NOW), 1L);
    method.revise(data("Second"), "pmo", NOW);
    assertThat(method.getPhases().get(0).getGuidance()).isEqualTo("Second");

    method.publish("pmo", NOW);
    assertThat(method.getStatus()).isEqualTo(MethodStatus.PUBLISHED);
    assertThatThrownBy(() -> method.revise(data("Third"), "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("new version");
    assertThatThrownBy(() -> method.publish("pmo", NOW)).isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_new_version_is_a_draft_copy_of_everything_the_published_one_says() {
    Method first = saved(Method.draft(data("Guidance"), "pmo", NOW), 1L);
    assertThatThrownBy(() -> first.newVersion("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("draft");
    first.publish("pmo", NOW);

    Method second = first.newVersion("lead", NOW);
    assertThat(second.getStatus()).isEqualTo(MethodStatus.DRAFT);
    assertThat(second.getRevision()).isEqualTo(2);
    assertThat(second.getPreviousId()).isEqualTo(1L);
    assertThat(second.getLineageId()).isEqualTo(1L);
    assertThat(second.toData().phases()).isEqualTo(first.toData().phases());
    assertThat(second.getTierIds()).containsExactly(3L);
    assertThat(first.getStatus()).isEqualTo(MethodStatus.PUBLISHED);

    first.retire("lead", NOW);
    assertThat(first.getStatus()).isEqualTo(MethodStatus.RETIRED);
    assertThatThrownBy(() -> first.newVersion("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("replaced");
  }

  @Test
  void the_sanitizer_refuses_script_in_every_disguise() {
    String html =
        Guidance.html(
            "# Guide\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[run](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)"
                + " <a href=\"javascript:alert(3)\">raw</a> <iframe src=https://evil.example></iframe>");
    assertThat(html).contains("<h1>Guide</h1>");
    assertThat(html.toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("onerror=")
        .doesNotContain("href=\"javascript")
        .doesNotContain("href=\"data");
    // What looked like markup is shown as text, and does nothing.
    assertThat(html).contains("&lt;script&gt;");
    // And HTML that reached the sanitizer directly.
    String direct =
        Guidance.sanitize(
            "<p onclick=\"alert(1)\">Hi <a href=\"javascript:alert(2)\">x</a>"
                + "<script>alert(3)</script><a href=\"https://example.org\">ok</a></p>");
    assertThat(direct.toLowerCase())
        .doesNotContain("onclick")
        .doesNotContain("script")
        .doesNotContain("javascript")
        .contains("href=\"https://example.org\"");
  }

  @Test
  void tables_and_links_survive_the_sanitizer() {
    String html =
        Guidance.html("| Role | Owns |\n|---|---|\n| PM | Plan |\n\nSee https://example.org");
    assertThat(html).contains("<table>").contains("<td>PM</td>").contains("https://example.org");
  }
}
