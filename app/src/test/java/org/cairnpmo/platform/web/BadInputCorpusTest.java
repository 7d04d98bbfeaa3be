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
 * dates outside the range, absurd page numbers and sizes, ids that are not decimal numbers,
 * oversized, malformed and mistyped bodies) and requires that none answers 5xx and that every error
 * is problem+json. The routes come from Spring's own mapping, so a new endpoint is covered the day
 * it is written; its request bodies are derived from the records it reads.
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

  private List<String> corpus(boolean paging) throws Exception {
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
            + " API routes; calls by status "
            + statuses);
    if (!failures.isEmpty()) {
      System.out.println("Failures:\n  " + String.join("\n  ", failures));
    }
    return failures;
  }

  // ------------------------------------------------------------------ fixtures

  private void fixtures() {
    bodies = new BadBodies(json);
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

  private static ProposalData proposalData(String title) {
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

  /** One request to make: what goes in the path, the query and the body. */
  private record Call(
      String what,
      Map<String, String> pathOverrides,
      Map<String, String> query,
      String contentType,
      byte[] body,
      boolean paging) {

    static Call of(String what) {
      return new Call(what, Map.of(), Map.of(), null, null, false);
    }

    Call body(String type, String content) {
      return new Call(what, pathOverrides, query, type, content.getBytes(), paging);
    }

    Call body(String type, byte[] content) {
      return new Call(what, pathOverrides, query, type, content, paging);
    }
  }

  private List<Call> calls(Route route) {
    List<Call> calls = new ArrayList<>();
    HandlerMethod handler = route.handler();
    Class<?> bodyType = null;
    boolean bodyOptional = false;
    List<String> queryNames = new ArrayList<>();
    Map<String, Class<?>> queryTypes = new LinkedHashMap<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
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

    // Path variables that are not decimal numbers.
    Matcher variables = VARIABLE.matcher(route.pattern());
    while (variables.find()) {
      if (variables.group(1).equals("kind")) {
        continue;
      }
      for (String bad : List.of("0x10", "%2310", "1e3")) {
        calls.add(
            new Call(
                REFUSED + "path " + variables.group(1) + "=" + bad,
                Map.of(variables.group(1), bad),
                Map.of(),
                null,
                null,
                false));
      }
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
            calls.add(
                new Call(
                    (refused ? REFUSED : "") + "query " + name + "=" + value,
                    Map.of(),
                    narrowed(queryTypes, name, value),
                    null,
                    null,
                    paging));
          }
        });
    if (queryTypes.containsKey("page") || queryTypes.containsKey("size")) {
      for (Map<String, String> paging : PAGING) {
        calls.add(new Call("paging " + paging, Map.of(), paging, null, null, true));
      }
    }

    // Bodies: only where the route reads one, so that no action runs for a body it ignores.
    if (bodyType != null) {
      String json = MediaType.APPLICATION_JSON_VALUE;
      calls.add(
          Call.of(REFUSED + "oversized body").body(json, new byte[(int) BodyLimit.MAX_BYTES + 1]));
      for (String malformed : List.of("", "{", "[]", "null", "{\"a\":1}x", "\"text\"")) {
        // Where the body is optional, an empty one or JSON null is no body, which the route takes.
        boolean noBody = malformed.isEmpty() || malformed.equals("null");
        String what = (bodyOptional && noBody ? "" : REFUSED) + "malformed body " + malformed;
        calls.add(Call.of(what).body(json, malformed));
      }
      calls.add(Call.of(REFUSED + "wrong content type").body(MediaType.TEXT_PLAIN_VALUE, "name=x"));
      calls.add(
          Call.of(REFUSED + "form content type")
              .body(MediaType.APPLICATION_FORM_URLENCODED_VALUE, "a=b"));
      Class<?> sampleType =
          JsonNode.class.isAssignableFrom(bodyType) ? patchTarget(route) : bodyType;
      if (sampleType != null && sampleType.isRecord()) {
        String type = JsonNode.class.isAssignableFrom(bodyType) ? MERGE_PATCH.toString() : json;
        for (BadBodies.Mutation mutation : bodies.mutations(sampleType)) {
          calls.add(Call.of(REFUSED + "body " + mutation.what()).body(type, mutation.body()));
        }
      }
    }
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

  private void send(Route route, Call call) throws Exception {
    MockHttpServletResponse response = perform(route, call, pmo);
    if (response.getStatus() == 403) {
      response = perform(route, call, admin);
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
