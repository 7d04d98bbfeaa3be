package org.cairnpmo.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Fixtures for plan tests: a project with people in every role, and its plan through the API. */
abstract class PlanningTestSupport extends ControlTestSupport {

  /** A Monday. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2027, 1, 4, 8, 0);

  @Autowired protected PlanningApi planning;

  static String plan(Team t) {
    return "/api/v1/projects/" + t.id() + "/plan";
  }

  /** The plan's version as its ETag says. */
  long version(Team t) throws Exception {
    return Long.parseLong(
        fetch(plan(t), t.manager()).getResponse().getHeader(HttpHeaders.ETAG).replace("\"", ""));
  }

  /** Starts the plan on {@link #MONDAY}. */
  void startOnMonday(Team t) throws Exception {
    long v = version(t);
    send(put(plan(t)), t.manager(), v, Map.of("start", MONDAY.toString()));
  }

  ResultActions send(
      MockHttpServletRequestBuilder request, UserSummary who, Long version, Object body)
      throws Exception {
    request.with(as(who)).accept(MediaType.APPLICATION_JSON);
    if (version != null) {
      request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(write(body));
    }
    return mvc.perform(request);
  }

  /** Adds a task of {@code days} working days as the manager; answers its id. */
  long task(Team t, String name, double days) throws Exception {
    return task(t, name, days, null);
  }

  long task(Team t, String name, double days, Long parentId) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("durationMinutes", Math.round(days * 480));
    String path = plan(t) + "/tasks" + (parentId == null ? "" : "?parentId=" + parentId);
    MvcResult result = send(post(path), t.manager(), version(t), body).andReturn();
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError(result.getResponse().getContentAsString());
    }
    return read(result).path("result").path("id").asLong();
  }

  /** Links {@code from} to {@code to} finish-to-start as the manager. */
  ResultActions link(Team t, long from, long to) throws Exception {
    return link(t, from, to, "FS", 0);
  }

  ResultActions link(Team t, long from, long to, String type, long lagMinutes) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("predecessorId", from);
    body.put("successorId", to);
    body.put("type", type);
    body.put("lagValue", lagMinutes);
    return send(post(plan(t) + "/links"), t.manager(), version(t), body);
  }

  /** Every task of the plan by name, as the manager reads it. */
  Map<String, JsonNode> tasksByName(Team t, String query) throws Exception {
    JsonNode page = read(fetch(plan(t) + "/tasks?size=200" + query, t.manager()));
    Map<String, JsonNode> byName = new HashMap<>();
    page.path("content").forEach(n -> byName.put(n.path("name").asText(), n));
    return byName;
  }

  static LocalDateTime at(JsonNode node, String field) {
    return LocalDateTime.parse(node.path(field).asText());
  }

  ResultActions remove(Team t, String path) throws Exception {
    return send(delete(plan(t) + path), t.manager(), version(t), null);
  }

  ResultActions getAs(Team t, String path, UserSummary who) throws Exception {
    return mvc.perform(get(plan(t) + path).with(as(who)).accept(MediaType.APPLICATION_JSON));
  }
}
