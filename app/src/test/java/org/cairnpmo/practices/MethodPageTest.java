package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The method form: a new draft, then a change to it, each back on the method's page. */
class MethodPageTest extends PracticesTestSupport {

  @Autowired MethodService library;

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  @Test
  void a_draft_is_defined_and_then_changed_through_the_form() throws Exception {
    UserSummary pmo = user(Role.PMO);
    LifecycleView lifecycle = lifecycle();
    String name = "Page method " + unique();
    mvc.perform(
            post("/practices/methods")
                .with(page(pmo))
                .with(csrf())
                .param("name", name)
                .param("lifecycleId", Long.toString(lifecycle.id())))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/practices/methods/*"))
        .andExpect(flash().attribute("flash", "Method " + name + " drafted."));
    MethodView draft =
        library.methods().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();

    mvc.perform(
            post("/practices/methods/" + draft.id() + "/edit")
                .with(page(pmo))
                .with(csrf())
                .param("name", name + " revised")
                .param("lifecycleId", Long.toString(lifecycle.id()))
                .param("version", Long.toString(draft.version())))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/practices/methods/" + draft.id()))
        .andExpect(flash().attribute("flash", "Method saved."));
    assertThat(library.method(draft.id()).name()).isEqualTo(name + " revised");
  }
}
