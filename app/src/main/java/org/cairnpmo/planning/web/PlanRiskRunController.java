package org.cairnpmo.planning.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.risk.Estimate;
import org.cairnpmo.engine.schedule.risk.RiskAnalysis;
import org.cairnpmo.engine.schedule.risk.RiskListener;
import org.cairnpmo.engine.schedule.risk.RiskRequest;
import org.cairnpmo.engine.schedule.risk.RiskResult;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Runs the Monte Carlo analysis of a plan ({@code org.cairnpmo.engine.schedule.risk}) from its
 * three-point estimates. Without JavaScript the form posts and the risk page comes back with the
 * result. With it ({@code static/js/risk.js}), the answer is a stream in the same request:
 * "progress DONE TOTAL" lines for the progress bar, then "result" and the result's HTML, or "error"
 * and a message; cancelling closes the request, and the analysis stops at its next block. Nothing
 * is kept between requests, so any node answers.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/risk")
record PlanRiskRunController(PlanningApi planning, PlanPages pages, TemplateEngine templates) {

  static final int DEFAULT_ITERATIONS = 10_000;
  static final int MAX_ITERATIONS = 100_000;
  private static final String REFUSED = "The plan cannot be simulated: ";

  /** Without JavaScript: the risk page with the result. */
  @PostMapping("/run")
  String run(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "" + DEFAULT_ITERATIONS) int iterations,
      @RequestParam(defaultValue = "1") long seed,
      @RequestParam(required = false) LocalDate deadline,
      CurrentUser me,
      Model model) {
    pages.project(projectId, me);
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    String page = PlanRiskPageController.page(planning, pages, projectId, me, model);
    try {
      RiskRequest request = request(projectId, tasks, iterations, seed, me);
      model.addAttribute("risk", RiskView.of(RiskAnalysis.run(request), tasks, due(deadline)));
    } catch (InvalidScheduleException e) {
      model.addAttribute("riskError", REFUSED + e.getMessage());
    }
    return page;
  }

  /** From {@code static/js/risk.js}: progress lines, then the result, in one streamed answer. */
  @PostMapping(value = "/run", headers = "X-Progress")
  ResponseEntity<StreamingResponseBody> stream(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "" + DEFAULT_ITERATIONS) int iterations,
      @RequestParam(defaultValue = "1") long seed,
      @RequestParam(required = false) LocalDate deadline,
      CurrentUser me) {
    pages.project(projectId, me);
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    StreamingResponseBody body;
    try {
      RiskRequest request = request(projectId, tasks, iterations, seed, me);
      body = out -> stream(out, request, tasks, due(deadline));
    } catch (InvalidScheduleException e) {
      body = out -> write(out, "error " + REFUSED + e.getMessage() + "\n");
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
  }

  private static LocalDateTime due(LocalDate deadline) {
    return deadline == null ? null : deadline.atTime(LocalTime.of(17, 0));
  }

  private void stream(
      OutputStream out, RiskRequest request, List<TaskView> tasks, LocalDateTime due)
      throws IOException {
    Listener listener = new Listener(out);
    try {
      RiskResult result = RiskAnalysis.run(request, listener);
      Context context = new Context();
      context.setVariable("risk", RiskView.of(result, tasks, due));
      String html = templates.process("planning/risk-run", java.util.Set.of("result"), context);
      write(out, "result\n" + html);
    } catch (CancellationException e) {
      // The browser went away: nobody is left to answer.
    } catch (InvalidScheduleException e) {
      write(out, "error " + REFUSED + e.getMessage() + "\n");
    }
  }

  private RiskRequest request(
      long projectId, List<TaskView> tasks, int iterations, long seed, CurrentUser me) {
    int runs = Math.max(1, Math.min(MAX_ITERATIONS, iterations));
    Map<String, Estimate> estimates = new HashMap<>();
    for (TaskView t : tasks) {
      ThreePointEstimate e = t.estimate();
      if (e != null && !t.summary() && e.ordered()) {
        estimates.put(
            Long.toString(t.id()),
            new Estimate(
                e.optimisticMinutes(),
                e.mostLikelyMinutes(),
                e.pessimisticMinutes(),
                org.cairnpmo.engine.schedule.risk.Distribution.valueOf(e.distribution().name())));
      }
    }
    return RiskRequest.of(planning.scheduleRequest(projectId, me), estimates, runs, seed);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Writes progress; once a write fails, the browser has gone and the analysis stops. */
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  private static final class Listener implements RiskListener {
    private final OutputStream out;
    private volatile boolean gone;

    @Override
    public void progress(int done, int total) {
      try {
        write(out, "progress " + done + " " + total + "\n");
      } catch (IOException e) {
        gone = true;
      }
    }

    @Override
    public boolean cancelled() {
      return gone;
    }
  }
}
