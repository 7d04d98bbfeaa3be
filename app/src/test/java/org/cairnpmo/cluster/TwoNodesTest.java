package org.cairnpmo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cairnpmo.CairnApplication;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.ReportReminderJob;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.CriteriaSetView;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.cairnpmo.portfolio.selection.CommitData;
import org.cairnpmo.portfolio.selection.Objective;
import org.cairnpmo.portfolio.selection.ScenarioData;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Cairn nodes on one PostgreSQL database, as behind a load balancer (docs/cluster.md): two
 * applications on ports of their own in this JVM, with the tests' settings and no demo data. Each
 * test proves one thing a cluster needs, over HTTP where a person or a script would notice it,
 * through the nodes' beans and the database for jobs and events.
 */
@EnabledIf(
    value = "onPostgres",
    disabledReason =
        "two nodes share a database only on PostgreSQL (the tests' H2 lives in one JVM's memory):"
            + " CI's PostgreSQL pass runs this")
class TwoNodesTest {

  private static final String PASSWORD = "test-password-1";
  private static final String SCENARIOS = "/api/v1/portfolio/scenarios";
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final String RUN = Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
  private static int sequence;

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(TestMail.port(), null, "smtp"))
          .withPerMethodLifecycle(false);

  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  static boolean onPostgres() {
    String url = System.getProperty("spring.datasource.url", "");
    return url.startsWith("jdbc:postgresql:");
  }

  @BeforeAll
  static void startTwoNodes() {
    a = node();
    b = node();
  }

  @AfterAll
  static void stopTwoNodes() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  /**
   * A node as the shared test application is configured (profile {@code test} and the datasource
   * come from the build's system properties), with the reminder job present but never on a clock:
   * the test starts it.
   */
  private static ConfigurableApplicationContext node() {
    return new SpringApplicationBuilder(CairnApplication.class)
        .run(
            "--server.port=0",
            "--cairn.control.reminders.enabled=true",
            "--cairn.control.reminders.cron=-");
  }

  // ---- the five points ----------------------------------------------------------------------

  @Test
  void a_session_made_on_node_a_works_on_node_b_and_ends_on_both() throws Exception {
    assertThat(get(a, "/actuator/health", null).body()).contains("UP");
    assertThat(get(b, "/actuator/health", null).body()).contains("UP");
    UserSummary person = user(Role.MEMBER);

    HttpResponse<String> form = get(a, "/login", null);
    String session = signIn(a, sessionCookie(form, null), csrf(form), person.username(), PASSWORD);

    HttpResponse<String> profile = get(b, "/profile", session);
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body()).contains(person.username());
    assertThat(get(b, "/profile", null).statusCode()).isEqualTo(302);

    // Signing out on B ends the session on A as well.
    assertThat(postForm(b, "/logout", session, Map.of("_csrf", csrf(profile))).statusCode())
        .isEqualTo(302);
    HttpResponse<String> after = get(a, "/profile", session);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
  }

  @Test
  void the_reminder_job_started_on_both_nodes_at_once_runs_once() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    CurrentUser pmo = current(user(Role.PMO));
    ProjectView project = a.getBean(ProjectsApi.class).register(activeProject(manager), pmo);
    a.getBean(ReportCadences.class)
        .setCadence(
            project.id(),
            new CadenceData(Cadence.WEEKLY, LocalDate.now().minusDays(10), 2, null),
            null,
            current(manager));

    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Void> onA =
        CompletableFuture.runAsync(() -> runJobWhenBothReady(a, together));
    CompletableFuture<Void> onB =
        CompletableFuture.runAsync(() -> runJobWhenBothReady(b, together));
    CompletableFuture.allOf(onA, onB).get();

    assertThat(mailsTo(manager.email())).isEqualTo(1);
    // The lock both nodes asked for, held by the one that ran for at least the minute the job
    // asks (lockAtLeastFor), so that a node whose clock runs a little late does not run it again.
    assertThat(
            jdbc()
                .queryForObject(
                    "select count(*) from shedlock where name = 'control-report-reminders'"
                        + " and lock_until > current_timestamp",
                    Integer.class))
        .isEqualTo(1);
  }

  @Test
  void an_event_published_on_node_a_is_handled_once() throws Exception {
    CurrentUser pmo = current(user(Role.PMO));
    activeCriteria(pmo);
    ProposalService proposals = a.getBean(ProposalService.class);
    ProposalView proposal = evaluated(proposals, "Event", new Random(1), new double[YEARS], pmo);

    proposals.approve(proposal.id(), "Approved on node A", null, pmo);

    String like = "%\"proposalId\":" + proposal.id() + ",%";
    awaitTrue(
        () ->
            jdbc()
                    .queryForObject(
                        "select count(*) from event_publication where event_type like"
                            + " '%.ProposalApproved' and serialized_event like ?"
                            + " and completion_date is null",
                        Integer.class, like)
                == 0,
        "the listeners of ProposalApproved finish");
    List<Map<String, Object>> handled =
        jdbc()
            .queryForList(
                "select listener_id, count(*) as times from event_publication where event_type"
                    + " like '%.ProposalApproved' and serialized_event like ? group by listener_id",
                like);
    assertThat(handled).isNotEmpty();
    assertThat(handled)
        .allSatisfy(row -> assertThat(((Number) row.get("times")).intValue()).isOne());
    assertThat(
            jdbc()
                .queryForObject(
                    "select count(*) from project where origin_proposal_id = ?",
                    Integer.class,
                    proposal.id()))
        .isEqualTo(1);
  }

  @Test
  void an_optimizer_run_started_on_a_is_seen_and_cancelled_from_b_and_a_run_is_committed_from_b()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    activeCriteria(pmo);
    String token = a.getBean(ApiTokenService.class).issue(pmoUser.id(), "two nodes", null).secret();

    // Fifty candidates over eight budget years, values following their costs, and the frontier at
    // 30
    // budget levels: the run goes on for well over a minute unless it is cancelled.
    ProposalService proposals = a.getBean(ProposalService.class);
    Random random = new Random(7);
    List<Long> ids = new ArrayList<>();
    double[] totals = new double[YEARS];
    for (int i = 0; i < 50; i++) {
      ids.add(evaluated(proposals, "Hard " + i, random, totals, pmo).id());
    }
    List<ScenarioData.PeriodLimit> limits = new ArrayList<>();
    for (int y = 0; y < YEARS; y++) {
      limits.add(
          new ScenarioData.PeriodLimit(
              Integer.toString(FIRST_YEAR + y), BigDecimal.valueOf(Math.floor(totals[y] / 2))));
    }
    long hard = scenario(token, "Hard " + unique(), ids, limits, 60, 30);

    long runId =
        json(send(a, "POST", SCENARIOS + "/" + hard + "/runs", token, null, 202))
            .get("id")
            .asLong();
    JsonNode seen =
        awaitRun(
            token,
            hard,
            runId,
            r -> r.get("status").asString().equals("RUNNING") && r.path("bestValue").isNumber());
    assertThat(seen.get("timeLimitSeconds").asInt()).isEqualTo(60);

    long asked = System.nanoTime();
    JsonNode cancelling =
        json(
            send(
                b,
                "POST",
                SCENARIOS + "/" + hard + "/runs/" + runId + "/cancel",
                token,
                null,
                200));
    assertThat(cancelling.get("cancelRequested").asBoolean()).isTrue();
    JsonNode cancelled =
        awaitRun(token, hard, runId, r -> !r.get("status").asString().matches("QUEUED|RUNNING"));
    assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
    assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
    JsonNode result = cancelled.get("result");
    assertThat(result.get("status").asString()).isIn("OPTIMAL", "FEASIBLE");
    assertThat(result.get("selected")).isNotEmpty();
    // Only a run that ended by itself is committed, on any node.
    send(b, "POST", SCENARIOS + "/" + hard + "/commit", token, commit(runId), 409);

    // A small scenario's run started on A ends there and is committed through B.
    long small =
        scenario(
            token,
            "Small " + unique(),
            ids.subList(0, 3),
            List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(1_000_000))),
            5,
            2);
    long done =
        json(send(a, "POST", SCENARIOS + "/" + small + "/runs", token, null, 202))
            .get("id")
            .asLong();
    assertThat(awaitRun(token, small, done, r -> r.get("status").asString().equals("DONE")))
        .isNotNull();
    JsonNode committed =
        json(send(b, "POST", SCENARIOS + "/" + small + "/commit", token, commit(done), 200));
    assertThat(committed.get("committedRunId").asLong()).isEqualTo(done);
  }

  @Test
  void a_token_revoked_on_node_a_is_refused_at_once_on_node_b() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    ApiTokenService tokens = a.getBean(ApiTokenService.class);
    ApiTokenService.IssuedToken token = tokens.issue(pmoUser.id(), "revoked", null);
    send(b, "GET", SCENARIOS, token.secret(), null, 200);

    tokens.revoke(pmoUser.id(), token.id());

    send(b, "GET", SCENARIOS, token.secret(), null, 401);
  }

  // ---- fixtures -----------------------------------------------------------------------------

  private static final int FIRST_YEAR = 2027;
  private static final int YEARS = 8;

  private static synchronized String unique() {
    return RUN + (++sequence);
  }

  private static UserSummary user(Role role) {
    String name = "n" + unique().toLowerCase();
    return a.getBean(IdentityApi.class)
        .createUser(
            new NewUser(
                name,
                "Node " + name,
                name + "@example.org",
                null,
                null,
                EnumSet.of(role),
                PASSWORD,
                false));
  }

  private static CurrentUser current(UserSummary user) {
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }

  private static JdbcTemplate jdbc() {
    return a.getBean(JdbcTemplate.class);
  }

  private static void activeCriteria(CurrentUser pmo) {
    StrategyService strategy = a.getBean(StrategyService.class);
    CriteriaSetView set =
        strategy.defineCriteriaSet(
            new CriteriaSetData(
                "Drivers " + unique(),
                null,
                WeightingMethod.DIRECT,
                List.of(
                    new CriteriaSetData.Criterion(
                        null, "Strategic value", null, 1, 5, new BigDecimal("3"))),
                null),
            pmo);
    strategy.activate(set.id(), set.version(), pmo);
  }

  /**
   * A proposal under evaluation with a cost of 1–1,000 in each of eight years (added to {@code
   * totals}) and a value a little above their mean: value following size makes the selection hard
   * (with eight limits at half the totals, CP-SAT leaves a gap after 20 s).
   */
  private static ProposalView evaluated(
      ProposalService proposals, String title, Random random, double[] totals, CurrentUser pmo) {
    List<ProposalData.CostLine> costs = new ArrayList<>();
    int sum = 0;
    for (int y = 0; y < YEARS; y++) {
      int cost = 1 + random.nextInt(1000);
      sum += cost;
      totals[y] += cost;
      costs.add(
          new ProposalData.CostLine(
              Integer.toString(FIRST_YEAR + y), BigDecimal.valueOf(cost), null));
    }
    // Undiscounted, the NPV is the benefit less the costs: their mean and up to 500 more.
    int value = sum / YEARS + random.nextInt(500);
    List<ProposalData.BenefitLine> benefits =
        List.of(
            new ProposalData.BenefitLine(
                Integer.toString(FIRST_YEAR), BigDecimal.valueOf(sum + value)));
    ProposalData data =
        new ProposalData(
            title + " " + unique(),
            "A problem worth solving.",
            "A scope.",
            null,
            null,
            BigDecimal.ZERO,
            "EUR",
            null,
            null,
            List.of(),
            List.of(),
            costs,
            benefits,
            List.of(),
            List.of(),
            List.of(),
            null);
    ProposalView p = proposals.create(data, pmo);
    p = proposals.submit(p.id(), p.version(), pmo);
    return proposals.triage(
        p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
  }

  private static ProjectData activeProject(UserSummary manager) {
    String code = "N-" + unique();
    return new ProjectData(
        code,
        "Project " + code,
        "Reports every week",
        null,
        null,
        manager.id(),
        ProjectCategory.OPERATIONAL,
        Priority.MEDIUM,
        ProjectStatus.ACTIVE,
        LocalDate.now().minusMonths(6),
        LocalDate.now().plusMonths(6),
        new BigDecimal("100000.00"),
        "EUR",
        false,
        List.of(),
        null);
  }

  private static void runJobWhenBothReady(ConfigurableApplicationContext node, CyclicBarrier b) {
    try {
      b.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    node.getBean(ReportReminderJob.class).run();
  }

  private static long mailsTo(String address) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> ((InternetAddress) r).getAddress().equals(address));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .count();
  }

  private long scenario(
      String token,
      String name,
      List<Long> candidates,
      List<ScenarioData.PeriodLimit> limits,
      int timeLimitSeconds,
      int frontierLevels)
      throws Exception {
    ScenarioData data =
        new ScenarioData(
            name,
            null,
            candidates,
            Objective.NPV,
            null,
            limits,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            timeLimitSeconds,
            frontierLevels,
            null,
            true);
    return json(send(a, "POST", SCENARIOS, token, write(data), 201)).get("id").asLong();
  }

  private static String commit(long runId) {
    return write(new CommitData(runId, "Chosen across two nodes", 0L, "Scores come later"));
  }

  private static JsonNode awaitRun(
      String token, long scenario, long runId, Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run =
          json(send(b, "GET", SCENARIOS + "/" + scenario + "/runs/" + runId, token, null, 200));
      if (condition.test(run)) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Run " + runId + " as seen on node B never met the condition");
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Waited in vain for " + what);
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private static URI uri(ConfigurableApplicationContext node, String path) {
    return URI.create(
        "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext node, String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postForm(
      ConfigurableApplicationContext node, String path, String cookie, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the form as a browser does; answers the session cookie it then holds. */
  private static String signIn(
      ConfigurableApplicationContext node,
      String cookie,
      String csrf,
      String username,
      String password)
      throws Exception {
    HttpResponse<String> answer =
        postForm(
            node,
            "/login",
            cookie,
            Map.of("username", username, "password", password, "_csrf", csrf));
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("/login");
    return sessionCookie(answer, cookie);
  }

  /** The session cookie an answer sets, else {@code current}. */
  private static String sessionCookie(HttpResponse<String> answer, String current) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("SESSION="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElse(current);
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a form token on the page").isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static String send(
      ConfigurableApplicationContext node,
      String method,
      String path,
      String token,
      String json,
      int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (path.endsWith("/commit")) {
      request.header("If-Match", "\"0\"");
    }
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode())
        .as("%s %s answered %s", method, path, answer.body())
        .isEqualTo(expected);
    return answer.body();
  }

  private static JsonNode json(String body) {
    return a.getBean(JsonMapper.class).readTree(body);
  }

  private static String write(Object value) {
    return a.getBean(JsonMapper.class).writeValueAsString(value);
  }
}
