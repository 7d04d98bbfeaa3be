package org.cairnpmo.learning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseData;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.SessionData;
import org.cairnpmo.learning.domain.SessionView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Courses, sessions and people with a line manager for the learning tests, and their pages. */
abstract class LearningTestSupport extends ApiTestSupport {

  @Autowired protected CourseCatalog catalog;
  @Autowired protected PoolService pool;

  /** A person and their line manager, both in the pool with accounts. */
  protected record Pair(UserSummary person, UserSummary manager) {}

  protected Pair pair(Role personRole) {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary person = user(personRole);
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    long managerPerson = pool.create(personData(manager.id(), null), current(rm)).id();
    pool.create(personData(person.id(), managerPerson), current(rm));
    return new Pair(person, manager);
  }

  private static PersonData personData(long userId, Long lineManager) {
    return new PersonData(
        userId,
        "Person " + unique(),
        null,
        lineManager,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  protected static CourseData courseData(String title, BigDecimal credits) {
    return courseData(title, credits, List.of(), null);
  }

  /** A course that asks these courses completed first and a valid certification of a scheme. */
  protected static CourseData courseData(
      String title, BigDecimal credits, List<Long> prerequisites, CertificationKind scheme) {
    return new CourseData(
        title,
        "A course for tests",
        CourseKind.EXTERNAL,
        CourseFormat.CLASSROOM,
        new BigDecimal("14"),
        credits,
        "Provider",
        new BigDecimal("1200.00"),
        "EUR",
        "en",
        prerequisites,
        scheme,
        List.of("Scheduling"),
        null,
        null,
        true,
        null);
  }

  protected CourseView course() {
    return catalog.define(courseData("Course " + unique(), null), pmo());
  }

  protected SessionView session(long courseId, int seats) {
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
    return catalog.plan(
        courseId,
        new SessionData(start, start.plusHours(7), "Room 1", null, "Trainer T", seats, false, null),
        pmo());
  }

  protected JsonNode enroll(long sessionId, UserSummary as, Long userId) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("userId", userId);
    return read(
        mvc.perform(
                post("/api/v1/learning/sessions/" + sessionId + "/enrollments")
                    .with(as(as))
                    .contentType("application/json")
                    .content(write(body)))
            .andReturn());
  }

  protected int act(long enrollmentId, String action, long version, UserSummary as, Object body)
      throws Exception {
    return mvc.perform(
            post("/api/v1/learning/enrollments/" + enrollmentId + "/" + action)
                .with(as(as))
                .header("If-Match", "\"" + version + "\"")
                .contentType("application/json")
                .content(write(body == null ? Map.of() : body)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** A page request as the signed-in {@code user}, as the browser's session gives it. */
  protected static RequestPostProcessor page(UserSummary user) {
    CairnPrincipal principal =
        new CairnPrincipal(
            user.id(), user.username(), user.displayName(), null, user.roles(), true, false, false);
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }

  /** A page as {@code who} sees it; it must be there. */
  protected String html(String path, UserSummary who) throws Exception {
    return mvc.perform(get(path).with(page(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** A page's form posted by {@code who}, its fields given as name, value, name, value… */
  protected MockHttpServletResponse submit(String path, UserSummary who, String... fields)
      throws Exception {
    var request = post(path).with(page(who)).with(csrf());
    for (int i = 0; i + 1 < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}
