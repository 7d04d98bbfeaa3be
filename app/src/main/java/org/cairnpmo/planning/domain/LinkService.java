package org.cairnpmo.planning.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkData;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dependencies of a plan: one per pair of tasks, never from a task to itself, never in a circle
 * (a link between a summary task and a task under it is one). A change that would make a cycle is
 * refused with the tasks in it named.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LinkService {

  private final PlanEditor editor;

  @Transactional
  public PlanEdit<LinkView> add(
      long projectId, LinkData data, long expectedVersion, CurrentUser me) {
    try {
      return editor.edit(
          PlanEditor.at(projectId, expectedVersion, me),
          context -> {
            check(context, data, null);
            PlanLink link =
                context.add(
                    PlanLink.of(
                        context.planId(),
                        data.predecessorId(),
                        data.successorId(),
                        data.type(),
                        lag(data),
                        data.lagKind()));
            return link::view;
          });
    } catch (DependencyCycle cycle) {
      throw cycle.on("successorId");
    }
  }

  @Transactional
  public PlanEdit<LinkView> edit(
      long projectId, long linkId, LinkData data, long expectedVersion, CurrentUser me) {
    try {
      return editor.edit(
          PlanEditor.at(projectId, expectedVersion, me),
          context -> {
            PlanLink link = link(context, linkId);
            check(context, data, link);
            link.write(
                data.predecessorId(), data.successorId(), data.type(), lag(data), data.lagKind());
            return link::view;
          });
    } catch (DependencyCycle cycle) {
      throw cycle.on("successorId");
    }
  }

  @Transactional
  public PlanEdit<Void> delete(long projectId, long linkId, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> context.remove(link(context, linkId)));
  }

  static PlanLink link(PlanContext context, long linkId) {
    return context.links().stream()
        .filter(l -> l.getId() == linkId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Link", linkId));
  }

  private static long lag(LinkData data) {
    return data.lagValue() == null ? 0 : data.lagValue();
  }

  /** The link's ends are tasks of the plan, distinct, not linked already; its lag in bounds. */
  private static void check(PlanContext context, LinkData data, PlanLink self) {
    Problems problems = new Problems();
    linkRules(
        problems,
        context.tasks().stream().anyMatch(t -> t.getId().equals(data.predecessorId())),
        context.tasks().stream().anyMatch(t -> t.getId().equals(data.successorId())),
        data.predecessorId(),
        data.successorId(),
        lag(data),
        data.lagKind());
    problems.require(
        context.links().stream()
            .noneMatch(
                l ->
                    l != self
                        && data.predecessorId() != null
                        && data.successorId() != null
                        && l.getPredecessorId() == data.predecessorId()
                        && l.getSuccessorId() == data.successorId()),
        "successorId",
        "These two tasks are linked already: change that link instead.");
    problems.throwIfAny();
  }

  /** The rules of one link, for the API and imported plans alike. */
  static void linkRules(
      Problems problems,
      boolean predecessorKnown,
      boolean successorKnown,
      Object predecessor,
      Object successor,
      long lag,
      LagKind kind) {
    problems.require(
        predecessorKnown, "predecessorId", "This plan has no task " + predecessor + ".");
    problems.require(successorKnown, "successorId", "This plan has no task " + successor + ".");
    problems.require(
        predecessor == null || !predecessor.equals(successor),
        "successorId",
        "A task cannot depend on itself.");
    long limit =
        kind == LagKind.PERCENT ? PlanLimits.MAX_LAG_PERCENT : PlanLimits.MAX_DURATION_MINUTES;
    problems.require(
        lag >= -limit && lag <= limit,
        "lagValue",
        kind == LagKind.PERCENT
            ? "A lag is -1000 % to 1000 % of the predecessor's duration."
            : "A lag or lead is at most 20 years (10540800 minutes).");
  }
}
