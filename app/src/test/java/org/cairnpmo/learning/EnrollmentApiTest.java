package org.cairnpmo.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.SessionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Enrollments through the API: a request, the line manager's decision with the cost shown, the
 * PMO's confirmation, attendance and completion; the wait list and its promotion, also when two
 * people take the last seat at once; the sessions' iCalendar read back.
 */
class EnrollmentApiTest extends LearningTestSupport {

  @Autowired EnrollmentService enrollments;

  @Test
  void a_request_is_approved_by_the_line_manager_then_confirmed_attended_and_completed()
      throws Exception {
    Pair p = pair(Role.PROJECT_MANAGER);
    UserSummary pmo = user(Role.PMO);
    SessionView s = session(course().id(), 5);

    JsonNode requested = enroll(s.id(), p.person(), null);
    assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
    assertThat(requested.get("cost").decimalValue()).isEqualByComparingTo("1200");
    long id = requested.get("id").asLong();

    JsonNode queue = read(fetch("/api/v1/learning/enrollments/approvals", p.manager()));
    assertThat(queue.get("content").findValuesAsString("personName"))
        .contains(p.person().displayName());
    assertThat(read(fetch("/api/v1/learning/enrollments/approvals", p.person())).get("content"))
        .isEmpty();

    assertThat(act(id, "approval", 0, p.person(), null))
        .as("nobody approves their own")
        .isEqualTo(403);
    assertThat(act(id, "confirmation", 0, pmo, null)).as("confirm before approval").isEqualTo(409);
    assertThat(act(id, "approval", 0, p.manager(), null)).isEqualTo(200);
    assertThat(act(id, "approval", 1, p.manager(), null)).as("approved twice").isEqualTo(409);
    assertThat(act(id, "confirmation", 1, p.manager(), null)).as("the PMO confirms").isEqualTo(403);
    assertThat(act(id, "confirmation", 0, pmo, null)).as("a stale version").isEqualTo(409);
    assertThat(act(id, "confirmation", 1, pmo, null)).isEqualTo(200);
    assertThat(act(id, "attendance", 2, pmo, null)).isEqualTo(200);
    assertThat(act(id, "completion", 3, pmo, java.util.Map.of("score", new BigDecimal("101"))))
        .isEqualTo(400);
    assertThat(act(id, "completion", 3, pmo, java.util.Map.of("score", 87, "hours", 12.5)))
        .isEqualTo(200);
    assertThat(act(id, "cancellation", 4, p.person(), null))
        .as("completed is final")
        .isEqualTo(409);

    JsonNode done = read(fetch("/api/v1/learning/enrollments/" + id, p.person()));
    assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(done.get("score").decimalValue()).isEqualByComparingTo("87");
    assertThat(done.get("hours").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(
            fetch("/api/v1/learning/enrollments/" + id, user(Role.PROJECT_MANAGER))
                .getResponse()
                .getStatus())
        .as("someone else's record looks missing")
        .isEqualTo(404);
  }

  @Test
  void a_full_session_queues_the_next_request_and_a_cancellation_promotes_the_first_waiting()
      throws Exception {
    Pair a = pair(Role.MEMBER);
    UserSummary b = user(Role.MEMBER);
    UserSummary c = user(Role.MEMBER);
    SessionView s = session(course().id(), 1);

    JsonNode first = enroll(s.id(), a.person(), null);
    JsonNode second = enroll(s.id(), b, null);
    JsonNode third = enroll(s.id(), c, null);
    assertThat(second.get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(second.get("waitlistPosition").asInt()).isEqualTo(1);
    assertThat(third.get("waitlistPosition").asInt()).isEqualTo(2);
    assertThat(enroll(s.id(), b, null).get("type").asString())
        .as("one place per person")
        .endsWith("enrollment-exists");

    JsonNode session = read(fetch("/api/v1/learning/sessions/" + s.id(), b));
    assertThat(session.get("seatsTaken").asLong()).isEqualTo(1);
    assertThat(session.get("waiting").asLong()).isEqualTo(2);

    assertThat(act(first.get("id").asLong(), "cancellation", 0, a.manager(), null)).isEqualTo(200);
    JsonNode promoted = read(fetch("/api/v1/learning/enrollments/" + second.get("id").asLong(), b));
    assertThat(promoted.get("status").asString()).isEqualTo("REQUESTED");
    JsonNode still = read(fetch("/api/v1/learning/enrollments/" + third.get("id").asLong(), c));
    assertThat(still.get("status").asString()).isEqualTo("WAITLISTED");
    assertThat(still.get("waitlistPosition").asInt()).isEqualTo(1);
  }

  @Test
  void an_approval_given_on_the_wait_list_is_kept_for_the_freed_seat() throws Exception {
    UserSummary first = user(Role.MEMBER);
    Pair waiting = pair(Role.MEMBER);
    SessionView s = session(course().id(), 1);
    long held = enroll(s.id(), first, null).get("id").asLong();
    long queued = enroll(s.id(), waiting.person(), null).get("id").asLong();

    assertThat(act(queued, "approval", 0, waiting.manager(), null)).isEqualTo(200);
    assertThat(
            read(fetch("/api/v1/learning/enrollments/" + queued, waiting.person()))
                .get("status")
                .asString())
        .isEqualTo("WAITLISTED");
    assertThat(act(held, "cancellation", 0, first, null)).isEqualTo(200);
    assertThat(
            read(fetch("/api/v1/learning/enrollments/" + queued, waiting.person()))
                .get("status")
                .asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void seats_added_to_a_full_session_go_to_the_wait_list_in_order() throws Exception {
    SessionView s = session(course().id(), 1);
    UserSummary first = user(Role.MEMBER);
    UserSummary second = user(Role.MEMBER);
    UserSummary third = user(Role.MEMBER);
    enroll(s.id(), first, null);
    long queued = enroll(s.id(), second, null).get("id").asLong();
    long last = enroll(s.id(), third, null).get("id").asLong();

    int status =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/learning/sessions/" + s.id())
                    .with(as(user(Role.PMO)))
                    .header("If-Match", "\"" + s.version() + "\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        write(
                            new org.cairnpmo.learning.domain.SessionData(
                                s.startsAt().atOffset(java.time.ZoneOffset.UTC),
                                s.endsAt().atOffset(java.time.ZoneOffset.UTC),
                                s.place(),
                                null,
                                s.trainer(),
                                2,
                                false,
                                null))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(200);
    assertThat(enrollments.enrollment(queued, current(second)).status().name())
        .isEqualTo("REQUESTED");
    assertThat(enrollments.enrollment(last, current(third)).status().name())
        .isEqualTo("WAITLISTED");
  }

  @Test
  void a_cancelled_session_cancels_its_open_places_and_takes_no_more() throws Exception {
    SessionView s = session(course().id(), 1);
    UserSummary held = user(Role.MEMBER);
    UserSummary waiting = user(Role.MEMBER);
    long a = enroll(s.id(), held, null).get("id").asLong();
    long b = enroll(s.id(), waiting, null).get("id").asLong();
    enrollments.reviseSession(
        s.id(),
        new org.cairnpmo.learning.domain.SessionData(
            s.startsAt().atOffset(java.time.ZoneOffset.UTC),
            s.endsAt().atOffset(java.time.ZoneOffset.UTC),
            s.place(),
            null,
            s.trainer(),
            1,
            true,
            null),
        s.version(),
        pmo());
    assertThat(enrollments.enrollment(a, current(held)).status().name()).isEqualTo("CANCELLED");
    assertThat(enrollments.enrollment(b, current(waiting)).status().name()).isEqualTo("CANCELLED");
    assertThat(enroll(s.id(), user(Role.MEMBER), null).get("type").asString())
        .endsWith("session-cancelled");
  }

  @Test
  void two_people_taking_the_last_seat_at_the_same_moment_get_one_seat_and_one_wait()
      throws Exception {
    SessionView s = session(course().id(), 1);
    UserSummary one = user(Role.MEMBER);
    UserSummary two = user(Role.MEMBER);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool2 = Executors.newFixedThreadPool(2);
    try {
      List<Future<EnrollmentView>> results = new ArrayList<>();
      for (UserSummary who : List.of(one, two)) {
        Callable<EnrollmentView> take =
            () -> {
              start.await();
              return enrollments.request(s.id(), null, current(who));
            };
        results.add(pool2.submit(take));
      }
      start.countDown();
      List<String> statuses = new ArrayList<>();
      for (Future<EnrollmentView> r : results) {
        statuses.add(r.get(30, TimeUnit.SECONDS).status().name());
      }
      assertThat(statuses).containsExactlyInAnyOrder("REQUESTED", "WAITLISTED");
      assertThat(catalog.session(s.id()).seatsTaken()).isEqualTo(1);
    } finally {
      pool2.shutdownNow();
    }
  }

  @Test
  void the_line_manager_enrolls_a_report_approved_at_once_but_not_a_stranger() throws Exception {
    Pair p = pair(Role.MEMBER);
    SessionView s = session(course().id(), 3);
    JsonNode enrolled = enroll(s.id(), p.manager(), p.person().id());
    assertThat(enrolled.get("status").asString()).isEqualTo("APPROVED");
    UserSummary stranger = user(Role.MEMBER);
    int status =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/learning/sessions/" + s.id() + "/enrollments")
                    .with(as(p.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(java.util.Map.of("userId", stranger.id()))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).as("a stranger is as unknown as nobody").isEqualTo(404);
  }

  @Test
  void sessions_export_as_icalendar_that_reads_back() throws Exception {
    CourseView course = course();
    SessionView s = session(course.id(), 4);
    UserSummary me = user(Role.MEMBER);
    enroll(s.id(), me, null);

    String one =
        mvc.perform(get("/api/v1/learning/sessions/" + s.id() + "/calendar.ics").with(as(me)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Calendar calendar = new CalendarBuilder().build(new StringReader(one));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(event.getSummary().getValue()).isEqualTo(course.title());
    assertThat(event.getLocation().getValue()).isEqualTo("Room 1");
    assertThat(event.getUid().orElseThrow().getValue())
        .isEqualTo("learning-session-" + s.id() + "@cairnpmo.org");
    assertThat(java.time.Instant.from(event.getDateTimeStart().getDate())).isEqualTo(s.startsAt());
    assertThat(java.time.Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(s.endsAt());

    String mine =
        mvc.perform(get("/api/v1/learning/my/sessions.ics").with(as(me)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<VEvent> myEvents =
        new CalendarBuilder().build(new StringReader(mine)).getComponents("VEVENT");
    assertThat(myEvents).hasSize(1);
    assertThat(myEvents.get(0).getDescription().getValue()).contains("Your place: requested");
  }
}
