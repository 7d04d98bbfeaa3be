package org.cairnpmo.practices;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.cairnpmo.support.TierLevels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Lifecycles, tiers, methods and lessons for the practices tests, made through the API. */
abstract class PracticesTestSupport extends ApiTestSupport {

  @Autowired protected MethodologyService methodology;
  @Autowired protected org.cairnpmo.governance.domain.GateService gates;

  /** A new tier on {@code lifecycle} that follows a published {@link #methodBody} method. */
  protected TierView tierWithMethod(LifecycleView lifecycle, UserSummary pmo) throws Exception {
    TierView tier = tier(lifecycle);
    JsonNode method =
        defineMethod(pmo, methodBody("Method " + unique(), lifecycle.id(), List.of(tier.id())));
    mvc.perform(
            post("/api/v1/practices/methods/" + method.get("id").asLong() + "/publication")
                .with(as(pmo))
                .header("If-Match", "\"" + method.get("version").asLong() + "\""))
        .andExpect(status().isOk());
    return tier;
  }

  /** Places the project on its tier's lifecycle, in its first phase. */
  protected void place(long projectId, TierView tier, UserSummary by) {
    gates.place(
        new org.cairnpmo.governance.domain.PlacementData(
            projectId, org.cairnpmo.governance.domain.RiskLevel.MEDIUM, tier.id(), null),
        current(by));
  }

  protected LifecycleView lifecycle() {
    return methodology.defineLifecycle(
        new LifecycleData(
            "Practices lifecycle " + unique(),
            null,
            List.of(
                new LifecycleData.PhaseData(
                    "Initiation", null, "Business case approval", null, null, null, Set.of()),
                new LifecycleData.PhaseData(
                    "Delivery", null, "Acceptance", null, null, null, Set.of()),
                new LifecycleData.PhaseData(
                    "Closure", null, "Closure review", null, null, null, Set.of())),
            null),
        current(user(Role.PMO)));
  }

  protected TierView tier() {
    return tier(null);
  }

  /** A tier whose projects follow {@code lifecycle} (none if null). */
  protected TierView tier(LifecycleView lifecycle) {
    return methodology.defineTier(
        new TierData(
            TierLevels.next(),
            "Practices tier " + unique(),
            null,
            MatchMode.ALL,
            new BigDecimal("900000000000000"),
            null,
            null,
            lifecycle == null ? null : lifecycle.id(),
            null),
        current(user(Role.PMO)));
  }

  /** A method body on {@code lifecycle}: guidance, a checklist and deliverables for Initiation. */
  protected Map<String, Object> methodBody(String name, long lifecycleId, List<Long> tierIds) {
    return Map.of(
        "name",
        name,
        "description",
        "For tests",
        "lifecycleId",
        lifecycleId,
        "tierIds",
        tierIds,
        "phases",
        List.of(
            Map.of(
                "phase",
                "Initiation",
                "guidance",
                "# Start well\n\nName the **sponsor** first.",
                "checklist",
                List.of("Sponsor named", "Budget owner agreed"),
                "deliverables",
                List.of(
                    Map.of(
                        "name",
                        "Business case",
                        "description",
                        "Why and for how much",
                        "ownerRole",
                        "Project manager",
                        "required",
                        true),
                    Map.of("name", "Stakeholder map", "required", false)))));
  }

  protected JsonNode defineMethod(UserSummary by, Map<String, Object> body) throws Exception {
    return read(
        mvc.perform(
                post("/api/v1/practices/methods")
                    .with(as(by))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andExpect(status().isCreated())
            .andReturn());
  }

  /** A lesson body; tests change what they test. */
  protected static Map<String, Object> lessonBody(String title) {
    return new java.util.HashMap<>(
        Map.of(
            "title",
            title,
            "whatHappened",
            "The supplier delivered the servers three weeks late.",
            "impact",
            "Go-live moved by two weeks.",
            "rootCause",
            "No penalty clause and no early warning.",
            "recommendation",
            "Put delivery milestones with penalties in supplier contracts.",
            "category",
            "PROCUREMENT",
            "tags",
            List.of("suppliers", "Contracts")));
  }

  protected JsonNode recordLesson(UserSummary by, long projectId, Map<String, Object> body)
      throws Exception {
    return read(
        mvc.perform(
                post("/api/v1/projects/" + projectId + "/lessons")
                    .with(as(by))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andExpect(status().isCreated())
            .andReturn());
  }

  /** Signs a page request in as {@code user}, as a browser session would be. */
  protected static RequestPostProcessor signedIn(UserSummary user) {
    return signedInAs(user);
  }
}
