package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Sends every API route the values no client should send (null list elements, control characters,
 * dates outside the range, absurd page numbers and sizes, ids that are not decimal numbers or that
 * no record has, oversized, malformed and mistyped bodies, wrong JSON types, nulls, unknown enum
 * values, 100,000-character texts, negative and huge numbers; see {@link BadBodies}) and requires
 * that none answers 5xx and that every error is problem+json. The routes come from Spring's own
 * mapping, so a new endpoint is covered the day it is written; its request bodies are derived from
 * the records it reads, and a third test checks the routes against the OpenAPI description.
 *
 * <p>To keep CI time in bounds, what is answered before the handler runs is sent once, not once per
 * route: a body's size, syntax, content type and wrong-typed values once per body type, a path
 * variable or request parameter of a number, date or enum type that conversion refuses once per
 * type (text ones, which handlers read themselves, on every route). What reaches the handler is
 * sent once per handler method (two routes may share one), after the valid-looking sample body; a
 * handler whose sample validation refuses (400) gets none of those mutations, which validation
 * would refuse the same way before any field is read.
 */
class BadInputCorpusTest extends ControlTestSupport {

  private static final String CONTROL = BadBodies.CONTROL;
  private static final List<String> DATES = BadBodies.DATES;
  private static final List<String> NUMBERS = List.of("0x10", "#10", "-1", "2147483647", "99999");
  private static final List<Map<String, String>> PAGING =
      List.of(
          Map.of("page", "2147483647", "size", "200"),
          Map.of("page", "-1"),
          Map.of("size", "0"),
          Map.of("size", "99999"));

  /** Marks a call whose input no route may accept: a 2xx answer means bad data got in. */
  private static final String REFUSED = "refused: ";

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Autowired private ProposalService proposals;
  private BadBodies bodies;
  private final Map<Class<?>, List<BadBodies.Mutation>> mutations = new java.util.HashMap<>();

  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int calls;

  private UserSummary pmo;
  private UserSummary admin;
  private Map<String, Long> ids;

  @Test
  void no_bad_input_makes_an_api_route_fail_or_answer_anything_but_problem_json() throws Exception {
    List<String> failures = corpus(false);

    assertThat(failures).isEmpty();
  }

  /**
   * Absurd page numbers and sizes on every paged route. Kept apart because the one paging helper of
   * the platform, which refuses them everywhere, is written alongside this test: these cases are
   * what it must pass.
   */
  @Test
  void no_page_number_or_size_makes_a_paged_api_route_fail() throws Exception {
    List<String> failures = corpus(true);

    assertThat(failures).isEmpty();
  }

  /**
   * The routes come from Spring's mapping, the API's description from springdoc: every operation
   * the description lists must be a route the corpus sends, and every route an operation of the
   * description, so that neither misses an endpoint.
   */
  @Test
  void the_corpus_sends_every_operation_of_the_openapi_description() throws Exception {
    UserSummary reader = user(Role.MEMBER);
    JsonNode docs =
        json.readTree(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                            "/v3/api-docs")
                        .with(as(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    Set<String> described = new java.util.TreeSet<>();
    for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!method.equals("PARAMETERS")) {
          described.add(method + " " + path.getKey());
        }
      }
    }
    Set<String> sent = new java.util.TreeSet<>();
    for (Route route : routes()) {
      if (route.handler().hasMethodAnnotation(io.swagger.v3.oas.annotations.Hidden.class)
          || route
              .handler()
              .getBeanType()
              .isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
        continue;
      }
      // springdoc writes {id:\\d+} as {id}.
      sent.add(route.method() + " " + route.pattern().replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
    }

    Set<String> notSent = new java.util.TreeSet<>(described);
    notSent.removeAll(sent);
    Set<String> notDescribed = new java.util.TreeSet<>(sent);
    notDescribed.removeAll(described);
    assertThat(described).hasSizeGreaterThan(100);
    assertThat(notSent).as("operations described but not sent by the corpus").isEmpty();
    assertThat(notDescribed).as("routes sent by the corpus but not described").isEmpty();
  }

  private List<String> corpus(boolean paging) throws Exception {
    long started = System.nanoTime();
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    fixtures();
    List<Route> routes = routes();
    assertThat(routes).hasSizeGreaterThan(100);
    for (Route route : routes) {
      for (Call call : calls(route)) {
        if (call.paging() == paging) {
          send(route, call);
        }
      }
    }
    System.out.println(
        (paging ? "Paging corpus: " : "Bad input corpus: ")
            + calls
            + " calls over "
            + routes.size()
            + " API routes in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms ("
            + (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpu)
                / 1_000_000
            + " ms CPU); calls by status "
            + statuses);
    if (!failures.isEmpty()) {
      System.out.println("Failures:\n  " + String.join("\n  ", failures));
    }
    return failures;
  }

  // ------------------------------------------------------------------ fixtures

  private void fixtures() {
    bodies = new BadBodies(json, this::fixtureId);
    pmo = user(Role.PMO);
    admin = user(Role.ADMIN);
    Team team = team(false);
    var author = current(team.manager());
    long risk = raid.logRisk(team.id(), risk("Supplier late", 3, 4), author).id();
    long proposal = proposals.create(proposalData("Corpus " + unique()), current(pmo)).id();
    long department = department().id();
    ids = new LinkedHashMap<>();
    ids.put("projects", team.id());
    ids.put("projectId", team.id());
    ids.put("risks", risk);
    ids.put("proposals", proposal);
    ids.put("departments", department);
    ids.put("userId", team.member().id());
  }

  static ProposalData proposalData(String title) {
    return new ProposalData(
        title,
        "Order entry is manual and slow.",
        "Automate order entry.",
        null,
        null,
        new BigDecimal("10"),
        "EUR",
        null,
        null,
        List.of(),
        List.of("Do nothing"),
        List.of(new ProposalData.CostLine("2027", new BigDecimal("100000"), BigDecimal.ZERO)),
        List.of(new ProposalData.BenefitLine("2028", new BigDecimal("60000"))),
        List.of(new ProposalData.Risk("Vendor delay", 3, 4)),
        List.of(),
        List.of(),
        null);
  }

  /** The id a path variable names: the record the segment before it is about, else the project. */
  private String idFor(String pattern, String variable) {
    if (!variable.equals("id")) {
      return Long.toString(ids.getOrDefault(variable, ids.get("projectId")));
    }
    String before = pattern.substring(0, pattern.indexOf("{id}") - 1);
    String segment = before.substring(before.lastIndexOf('/') + 1);
    return Long.toString(ids.getOrDefault(segment, ids.get("projectId")));
  }

  /**
   * The fixture a body's id field names ({@code projectId}, {@code managerId}, {@code memberIds}),
   * so that the sample body refers to records that exist; null for any other field.
   */
  private Long fixtureId(String field) {
    String name = field.replaceFirst("Ids?$", "").toLowerCase(java.util.Locale.ROOT);
    return switch (name) {
      case "project" -> ids.get("projectId");
      case "risk" -> ids.get("risks");
      case "proposal" -> ids.get("proposals");
      case "department", "unit", "parent" -> ids.get("departments");
      case "user",
          "manager",
          "sponsor",
          "owner",
          "member",
          "person",
          "reviewer",
          "assignee",
          "approver",
          "mentor",
          "mentee",
          "lineManager",
          "linemanager" ->
          ids.get("userId");
      // A rank, not an id: the lowest there is, so that a governance tier the corpus creates (the
      // highest-ranked matching tier classifies work) never outranks the tiers other tests of the
      // same database rely on. A maturity answer's level (1 to 5) is then refused by validation,
      // and that route gets the mutations answered before its handler only.
      case "level" -> 999L;
      default -> null;
    };
  }

  // ------------------------------------------------------------------ routes

  private record Route(HttpMethod method, String pattern, HandlerMethod handler) {}

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          routes.add(new Route(method.asHttpMethod(), pattern, e.getValue()));
        }
      }
    }
    // Deletions last, so that the records they remove have served every other route first.
    routes.sort(
        (a, b) ->
            Boolean.compare(a.method() == HttpMethod.DELETE, b.method() == HttpMethod.DELETE));
    return routes;
  }

  // ------------------------------------------------------------------ calls

  /**
   * One request to make: what goes in the path, the query and the body. A call with a {@code once}
   * key is sent only until a route has answered it with what the key stands for (see {@link
   * #answered}); another route with the same key adds nothing.
   */
  private record Call(
      String what,
      Map<String, String> pathOverrides,
      Map<String, String> query,
      String contentType,
      byte[] body,
      boolean paging,
      String once) {

    Call(
        String what,
        Map<String, String> pathOverrides,
        Map<String, String> query,
        String contentType,
        byte[] body,
        boolean paging) {
      this(what, pathOverrides, query, contentType, body, paging, null);
    }

    static Call of(String what) {
      return new Call(what, Map.of(), Map.of(), null, null, false);
    }

    Call body(String type, String content) {
      return body(type, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Call body(String type, byte[] content) {
      return new Call(what, pathOverrides, query, type, content, paging, once);
    }

    Call once(String key) {
      return onceAs(key + " " + what);
    }

    /** Sent once under {@code key} alone, whatever its {@code what}. */
    Call onceAs(String key) {
      return new Call(what, pathOverrides, query, contentType, body, paging, key);
    }
  }

  private List<Call> calls(Route route) {
    List<Call> calls = new ArrayList<>();
    HandlerMethod handler = route.handler();
    Class<?> bodyType = null;
    boolean bodyOptional = false;
    List<String> queryNames = new ArrayList<>();
    Map<String, Class<?>> queryTypes = new LinkedHashMap<>();
    Map<String, Class<?>> pathTypes = new LinkedHashMap<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(PathVariable.class)) {
        String name = parameter.getParameterAnnotation(PathVariable.class).name();
        pathTypes.put(
            name.isEmpty() ? parameter.getParameterName() : name, parameter.getParameterType());
      } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
        bodyType = parameter.getParameterType();
        bodyOptional = !parameter.getParameterAnnotation(RequestBody.class).required();
      } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
        queryNames.add(name);
        queryTypes.put(name, elementType(parameter));
      } else if (parameter.getParameterType().isRecord()
          && parameter.getParameterType() != CurrentUser.class
          // If-Match is read from its header, never from the query.
          && parameter.getParameterType() != IfMatch.class
          && !parameter.hasParameterAnnotation(PathVariable.class)) {
        for (RecordComponent c : parameter.getParameterType().getRecordComponents()) {
          queryTypes.put(c.getName(), c.getType());
        }
      }
    }

    calls.add(Call.of("plain"));

    // Path variables that are not decimal numbers, and ids no record has (with the sample body
    // where the route reads one, so that the route gets as far as looking the id up).
    Class<?> sampleType =
        bodyType == null
            ? null
            : JsonNode.class.isAssignableFrom(bodyType) ? patchTarget(route) : bodyType;
    String bodyContentType =
        bodyType != null && JsonNode.class.isAssignableFrom(bodyType)
            ? MERGE_PATCH.toString()
            : MediaType.APPLICATION_JSON_VALUE;
    String sample = sampleType != null && sampleType.isRecord() ? bodies.sample(sampleType) : null;
    List<Call> missingIds = new ArrayList<>();
    Matcher variables = VARIABLE.matcher(route.pattern());
    while (variables.find()) {
      String variable = variables.group(1);
      if (variable.equals("kind")) {
        continue;
      }
      Class<?> type = pathTypes.getOrDefault(variable, String.class);
      for (String bad : List.of("0x10", "%2310", "1e3")) {
        Call call =
            new Call(
                REFUSED + "path " + variable + "=" + bad,
                Map.of(variable, bad),
                Map.of(),
                null,
                null,
                false);
        // A number in the path is converted before the handler runs, the same way on every
        // route: once per type. A text the handler reads itself is sent on every route.
        calls.add(BadBodies.isNumber(type) ? call.onceAs("path " + type + "=" + bad) : call);
      }
      Call missing =
          new Call(
              "path " + variable + "=" + BadBodies.MISSING_ID,
              Map.of(variable, Long.toString(BadBodies.MISSING_ID)),
              Map.of(),
              null,
              null,
              false);
      // After the sample body, and not where validation refuses it (see refusedSamples).
      missingIds.add(
          sample == null
              ? missing
              : missing
                  .body(bodyContentType, sample)
                  .once(AFTER_SAMPLE + handler.getMethod().toGenericString()));
    }

    // Query parameters: control characters in texts, extreme dates, odd numbers.
    queryTypes.forEach(
        (name, type) -> {
          List<String> values = new ArrayList<>();
          if (type == String.class) {
            values.add(CONTROL);
            values.addAll(NUMBERS);
            values.addAll(DATES);
          } else if (type == LocalDate.class) {
            values.addAll(DATES);
          } else if (BadBodies.isNumber(type)) {
            values.addAll(NUMBERS);
          } else if (type.isEnum() || type == Boolean.class || type == boolean.class) {
            values.add(CONTROL);
          }
          boolean paging = name.equals("page") || name.equals("size");
          for (String value : values) {
            // A value that can only be refused, whatever the route does with it.
            boolean refused =
                value.equals(CONTROL)
                    || (type != String.class && (DATES.contains(value) || value.contains("x")))
                    || value.startsWith("#") && type != String.class;
            Call call =
                new Call(
                    (refused ? REFUSED : "") + "query " + name + "=" + value,
                    Map.of(),
                    narrowed(queryTypes, name, value),
                    null,
                    null,
                    paging);
            // What conversion refuses for a request parameter of a type other than text, it
            // refuses before the handler runs, the same way on every route: once per type.
            boolean converted = refused && type != String.class && queryNames.contains(name);
            calls.add(converted ? call.onceAs("query " + type + "=" + value) : call);
          }
        });
    if (queryTypes.containsKey("page") || queryTypes.containsKey("size")) {
      for (Map<String, String> paging : PAGING) {
        calls.add(new Call("paging " + paging, Map.of(), paging, null, null, true));
      }
    }

    // Bodies: only where the route reads one, so that no action runs for a body it ignores.
    // What JSON binding answers alone (size, syntax, content type, a value of the wrong type)
    // depends on the body's type only: it is sent once per type (see Call.once).
    if (bodyType != null) {
      String json = MediaType.APPLICATION_JSON_VALUE;
      String type = bodyType.getName() + "/" + (sampleType == null ? "" : sampleType.getName());
      String method = AFTER_SAMPLE + handler.getMethod().toGenericString();
      calls.add(
          Call.of(REFUSED + "oversized body")
              .body(json, new byte[(int) BodyLimit.MAX_BYTES + 1])
              .once(type));
      for (String malformed : List.of("", "{", "[]", "null", "{\"a\":1}x", "\"text\"")) {
        // Where the body is optional, an empty one or JSON null is no body, which the route takes.
        boolean noBody = malformed.isEmpty() || malformed.equals("null");
        String what = (bodyOptional && noBody ? "" : REFUSED) + "malformed body " + malformed;
        calls.add(Call.of(what).body(json, malformed).once(type));
      }
      calls.add(
          Call.of(REFUSED + "wrong content type")
              .body(MediaType.TEXT_PLAIN_VALUE, "name=x")
              .once(type));
      calls.add(
          Call.of(REFUSED + "form content type")
              .body(MediaType.APPLICATION_FORM_URLENCODED_VALUE, "a=b")
              .once(type));
      if (sample != null) {
        calls.add(Call.of(SAMPLE).body(bodyContentType, sample).once(method));
        for (BadBodies.Mutation mutation :
            mutations.computeIfAbsent(sampleType, bodies::mutations)) {
          Call call =
              Call.of((mutation.refused() ? REFUSED : "") + "body " + mutation.what())
                  .body(bodyContentType, mutation.body());
          // Past binding the route's own handler answers: once per handler method, which two
          // routes (PUT and PATCH, two paths) may share.
          calls.add(call.once(mutation.binding() ? type : method));
        }
      }
    }
    calls.addAll(missingIds);
    return calls;
  }

  /**
   * {@code name=value}, and where the route also filters by department and {@code name} is another
   * filter, the fixtures' department, which has no projects. The value under test reaches the route
   * as before, but a portfolio-wide report or export then reads one empty department rather than
   * everything the suite has written so far (the plain call still reads all of it).
   */
  private Map<String, String> narrowed(
      Map<String, Class<?>> queryTypes, String name, String value) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put(name, value);
    for (String department : List.of("department", "departmentId")) {
      if (queryTypes.containsKey(department) && !name.equals(department)) {
        query.put(department, Long.toString(ids.get("departments")));
      }
    }
    return query;
  }

  /** The record a merge patch route edits: the request body record of the same path's PUT. */
  private Class<?> patchTarget(Route route) {
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (e.getKey().getPatternValues().contains(route.pattern())
          && e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.PUT)) {
        for (MethodParameter p : e.getValue().getMethodParameters()) {
          if (p.hasParameterAnnotation(RequestBody.class)) {
            return p.getParameterType();
          }
        }
      }
    }
    return null;
  }

  private static Class<?> elementType(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    if (Collection.class.isAssignableFrom(type)) {
      return parameter.nested().getNestedParameterType();
    }
    return type;
  }

  // ------------------------------------------------------------------ sending

  /**
   * The calls sent {@link Call#once} that a route has answered. A route that turned one away before
   * reading it (no permission even for an administrator, no If-Match, no such method) leaves it to
   * the next route with the same key.
   */
  private final Set<String> answered = new java.util.HashSet<>();

  /**
   * The handlers whose sample body validation refused (400): a mutation of one more field of it is
   * refused the same way before the handler reads any field, and is not sent.
   */
  private final Set<String> refusedSamples = new java.util.HashSet<>();

  private static final String AFTER_SAMPLE = "handler ";
  private static final String SAMPLE = "sample body";

  private void send(Route route, Call call) throws Exception {
    if (call.once() != null && answered.contains(call.once())) {
      return;
    }
    // Call.once(key) made the key "key what".
    String handler =
        call.once() == null || !call.once().endsWith(" " + call.what())
            ? ""
            : call.once().substring(0, call.once().length() - call.what().length() - 1);
    if (call.once() != null
        && call.once().startsWith(AFTER_SAMPLE)
        && !call.what().equals(SAMPLE)
        && refusedSamples.contains(handler)) {
      return;
    }
    MockHttpServletResponse response = perform(route, call, pmo);
    if (response.getStatus() == 403) {
      response = perform(route, call, admin);
    }
    int status = response.getStatus();
    if (call.once() != null && status != 403 && status != 405 && status != 428) {
      answered.add(call.once());
    }
    if (call.what().equals(SAMPLE) && status == 400) {
      refusedSamples.add(handler);
    }
    calls++;
    statuses.merge(response.getStatus(), 1, Integer::sum);
    String where = route.method() + " " + route.pattern() + " [" + call.what() + "]";
    if (response.getStatus() >= 500) {
      failures.add(where + " -> " + response.getStatus());
    } else if (response.getStatus() < 300 && call.what().startsWith(REFUSED)) {
      failures.add(where + " -> " + response.getStatus() + " (accepted)");
    } else if (response.getStatus() >= 400 && !isProblem(response)) {
      failures.add(
          where
              + " -> "
              + response.getStatus()
              + " as "
              + response.getContentType()
              + " (not problem+json)");
    }
  }

  private static boolean isProblem(MockHttpServletResponse response) {
    if (response.getErrorMessage() != null
        || (response.getContentAsByteArray().length == 0 && response.getContentType() == null)) {
      // sendError without a body: the server renders it through the error controller, which
      // answers problem+json for /api/ (CairnErrorController).
      return true;
    }
    return response.getContentType() != null
        && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
            MediaType.parseMediaType(response.getContentType()));
  }

  private MockHttpServletResponse perform(Route route, Call call, UserSummary user)
      throws Exception {
    StringBuilder path = new StringBuilder();
    Matcher variables = VARIABLE.matcher(route.pattern());
    while (variables.find()) {
      String name = variables.group(1);
      String value =
          call.pathOverrides().containsKey(name)
              ? call.pathOverrides().get(name)
              : name.equals("kind") ? "risks" : idFor(route.pattern(), name);
      variables.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    variables.appendTail(path);
    StringBuilder query = new StringBuilder();
    call.query()
        .forEach(
            (k, v) ->
                query
                    .append(query.isEmpty() ? "?" : "&")
                    .append(k)
                    .append('=')
                    .append(
                        java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    MockHttpServletRequestBuilder request =
        request(route.method(), URI.create(path + query.toString())).with(as(user));
    if (call.body() != null) {
      request.contentType(call.contentType()).content(call.body());
    }
    if (route.method() == HttpMethod.PUT || route.method() == HttpMethod.PATCH) {
      request.header("If-Match", "\"0\"");
    }
    return mvc.perform(request).andReturn().getResponse();
  }
}
