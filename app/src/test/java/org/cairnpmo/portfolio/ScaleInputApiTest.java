package org.cairnpmo.portfolio;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

/** A proposal's 1–5 ratings take whole numbers only, as the RAID log's do. */
class ScaleInputApiTest extends PortfolioFixtures {

  @Test
  void a_proposal_risk_rated_between_two_points_is_refused() throws Exception {
    UserSummary author = user(Role.MEMBER);
    ObjectNode body = json.valueToTree(proposalData("Rated " + unique()));
    body.set(
        "risks",
        json.valueToTree(List.of(Map.of("description", "Delay", "probability", 2.5, "impact", 4))));
    mvc.perform(
            post("/api/v1/portfolio/proposals")
                .with(as(author))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("risks[0].probability"))
        .andExpect(jsonPath("$.errors[0].message").value("Use a whole number."));
  }
}
