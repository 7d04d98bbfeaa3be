package org.cairnpmo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** What operators and load balancers rely on: health probes open, metrics for administrators. */
class OperabilityTest extends IntegrationTest {

  @Test
  void health_and_its_probes_are_public() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void health_details_are_not_shown_to_anonymous_callers() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  @Test
  void prometheus_metrics_are_served_to_an_administrator() throws Exception {
    var admin = user(Role.ADMIN);
    mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
        .andExpect(content().string(Matchers.containsString("hikaricp_connections")));
  }

  @Test
  void prometheus_metrics_need_sign_in() throws Exception {
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void prometheus_metrics_are_refused_to_everyone_but_administrators() throws Exception {
    for (Role role : new Role[] {Role.MEMBER, Role.PMO, Role.EXECUTIVE}) {
      var person = user(role);
      mvc.perform(get("/actuator/prometheus").with(httpBasic(person.username(), PASSWORD)))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
  }
}
