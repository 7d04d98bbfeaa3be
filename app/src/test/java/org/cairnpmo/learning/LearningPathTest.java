package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CertificationData;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.PathData;
import org.cairnpmo.learning.domain.PathData.Step;
import org.cairnpmo.learning.domain.PathStep.Kind;
import org.cairnpmo.learning.domain.PathViews.PathProgress;
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's progress along a path, every step checked from Cairn's data: a completed course,
 * projects they manage through passed gates at a tier demanding enough, a certification.
 */
class LearningPathTest extends LearningTestSupport {

  @Autowired LearningPaths paths;
  @Autowired EnrollmentService enrollments;
  @Autowired CertificationService certifications;
  @Autowired MethodologyService methodology;
  @Autowired GateService gates;

  @Test
  void progress_follows_courses_projects_through_gates_and_certifications() throws Exception {
    Pair pair = pair(Role.PROJECT_MANAGER);
    UserSummary pm = pair.person();
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Lifecycle " + unique(),
                null,
                List.of(phase("One"), phase("Two"), phase("Three"), phase("Four")),
                null),
            pmo());
    TierView demanding = tier(lifecycle);
    TierView light = tier(lifecycle); // a higher level number: less demanding
    long course = course().id();
    long pathId =
        paths
            .define(
                new PathData(
                    "Path " + unique(),
                    "Project manager",
                    null,
                    List.of(
                        new Step(Kind.COURSE, "Fundamentals", course, null, null, null, null, null),
                        new Step(
                            Kind.MANAGED_PROJECT,
                            "A demanding project through two gates",
                            null,
                            null,
                            null,
                            null,
                            demanding.level(),
                            2),
                        new Step(
                            Kind.CERTIFICATION,
                            "PMP",
                            null,
                            CertificationKind.PMP,
                            null,
                            null,
                            null,
                            null)),
                    null),
                pmo())
            .id();

    PathProgress start = paths.progress(pathId, null, current(pm));
    assertThat(start.done()).isZero();
    assertThat(start.next().label()).isEqualTo("Fundamentals");

    var pmo = pmo();
    EnrollmentView e = enrollments.request(session(course, 3).id(), pm.id(), pmo);
    e = enrollments.confirm(e.id(), e.version(), pmo);
    enrollments.complete(e.id(), null, null, e.version(), pmo);
    // One gate passed at the demanding tier, two at a light one: neither is enough.
    placed(pm, demanding, 1);
    placed(pm, light, 2);
    PathProgress middle = paths.progress(pathId, pm.id(), current(pair.manager()));
    assertThat(middle.steps()).extracting(s -> s.done()).containsExactly(true, false, false);
    assertThat(middle.next().position()).isEqualTo(2);

    placed(pm, demanding, 2);
    certifications.record(
        new CertificationData(
            pm.id(),
            CertificationKind.PMP,
            "PMP",
            null,
            null,
            LocalDate.now().minusDays(1),
            null,
            null,
            null,
            null),
        pmo);
    PathProgress done = paths.progress(pathId, pm.id(), pmo);
    assertThat(done.done()).isEqualTo(3);
    assertThat(done.next()).isNull();

    // Someone else's progress is missing to another member.
    assertThat(
            mvc.perform(
                    get("/api/v1/learning/paths/" + pathId + "/progress")
                        .param("userId", String.valueOf(pm.id()))
                        .with(as(user(Role.MEMBER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            read(mvc.perform(get("/api/v1/learning/paths/" + pathId + "/progress").with(as(pm)))
                    .andReturn())
                .get("done")
                .asInt())
        .isEqualTo(3);
  }

  private void placed(UserSummary manager, TierView tier, int gatesPassed) {
    var project = project(manager, false);
    gates.place(
        new PlacementData(project.id(), RiskLevel.LOW, tier.id(), null, gatesPassed),
        current(manager));
  }

  private TierView tier(LifecycleView lifecycle) {
    return methodology.defineTier(
        new TierData(
            TierLevels.next(),
            "Tier " + unique(),
            null,
            MatchMode.ANY,
            new BigDecimal("1000000"),
            null,
            null,
            lifecycle.id(),
            null),
        pmo());
  }

  private static PhaseData phase(String name) {
    return new PhaseData(
        name, null, name + " gate", List.of(), List.of(), List.of(), java.util.Set.of());
  }
}
