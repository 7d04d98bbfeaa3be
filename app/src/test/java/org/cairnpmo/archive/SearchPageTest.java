package org.cairnpmo.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The search page: the box on every page leads to it; hits, facets, empty and bad input. */
class SearchPageTest extends ArchiveTestSupport {

  private static final Random RANDOM = new Random();

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private String html(String path, UserSummary user, String... params) throws Exception {
    var request = get(path).with(page(user));
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String word() {
    StringBuilder w = new StringBuilder("pa");
    for (int i = 0; i < 10; i++) {
      w.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return w.toString();
  }

  @Test
  void the_page_shows_highlighted_hits_with_facets_and_says_when_nothing_matches()
      throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    String w = word();
    mvc.perform(
            upload(project.id(), "Charter <" + w + ">", file("c.pdf", pdf("plan")))
                .with(as(manager)))
        .andExpect(status().isCreated());
    UserSummary reader = user(Role.MEMBER);

    String home = html("/", reader);
    assertThat(home).contains("class=\"header-search\"").contains("name=\"q\"");

    String found = html("/search", reader, "q", w);
    assertThat(found)
        .contains("1 result")
        .contains("&lt;<mark>" + w + "</mark>&gt;")
        .contains("id=\"facet-kind\"")
        .contains("/projects/" + project.id() + "/documents/");

    String filtered = html("/search", reader, "q", w, "kind", "lesson");
    assertThat(filtered).contains("0 results").contains("Nothing matches.");

    assertThat(html("/search", reader)).contains("Type words to find");

    String bad = html("/search", reader, "q", w, "kind", "planet", "page", "x", "year", "soon");
    assertThat(bad).contains("id=\"search-problem\"").contains("Choose a kind among");
  }

  @Test
  void an_outsider_sees_nothing_of_a_confidential_project_on_the_page() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, true);
    String w = word();
    mvc.perform(upload(project.id(), "Minutes " + w, file("m.pdf", pdf("plan"))).with(as(manager)))
        .andExpect(status().isCreated());

    assertThat(html("/search", manager, "q", w)).contains("1 result");
    String outside = html("/search", user(Role.MEMBER), "q", w);
    assertThat(outside)
        .contains("0 results")
        .doesNotContain(project.code())
        .doesNotContain("id=\"facet-kind\"");
  }
}
