package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.learning.domain.CourseView;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The catalog through the API: its filters and paging, prerequisites without loops. */
class CourseApiTest extends LearningTestSupport {

  private static CourseData with(
      String title, CourseFormat format, String language, List<Long> prerequisites) {
    return new CourseData(
        title,
        null,
        CourseKind.INTERNAL,
        format,
        new BigDecimal("3"),
        null,
        null,
        null,
        null,
        language,
        prerequisites,
        null,
        List.of(),
        null,
        null,
        true,
        null);
  }

  @Test
  void the_catalog_filters_by_format_language_and_a_session_to_come() throws Exception {
    String tag = "Filter" + unique();
    CourseView online =
        catalog.define(with(tag + " online", CourseFormat.ONLINE, "de", List.of()), pmo());
    catalog.define(with(tag + " classroom", CourseFormat.CLASSROOM, "de", List.of()), pmo());
    catalog.define(with(tag + " english", CourseFormat.ONLINE, "en", List.of()), pmo());
    session(online.id(), 3);
    UserSummary reader = user(Role.MEMBER);

    JsonNode byFormat =
        read(fetch("/api/v1/learning/courses?q=" + tag + "&format=ONLINE&language=de", reader));
    assertThat(byFormat.get("content").findValuesAsString("title"))
        .containsExactly(tag + " online");
    JsonNode upcoming = read(fetch("/api/v1/learning/courses?q=" + tag + "&upcoming=true", reader));
    assertThat(upcoming.get("content").findValuesAsString("title"))
        .containsExactly(tag + " online");
    JsonNode paged = read(fetch("/api/v1/learning/courses?q=" + tag + "&size=2&page=1", reader));
    assertThat(paged.get("totalElements").asLong()).isEqualTo(3);
    assertThat(paged.get("content")).hasSize(1);
    assertThat(fetch("/api/v1/learning/courses?format=NOPE", reader).getResponse().getStatus())
        .isEqualTo(400);
  }

  @Test
  void a_prerequisite_loop_is_refused() throws Exception {
    CourseView basics =
        catalog.define(with("Basics " + unique(), CourseFormat.ONLINE, "en", List.of()), pmo());
    CourseView advanced =
        catalog.define(
            with("Advanced " + unique(), CourseFormat.ONLINE, "en", List.of(basics.id())), pmo());
    assertThat(advanced.prerequisites())
        .extracting(CourseView.CourseRef::title)
        .containsExactly(basics.title());

    int status =
        mvc.perform(
                put("/api/v1/learning/courses/" + basics.id())
                    .with(as(user(Role.PMO)))
                    .header("If-Match", "\"" + basics.version() + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            with(
                                basics.title(),
                                CourseFormat.ONLINE,
                                "en",
                                List.of(advanced.id())))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(400);
  }
}
