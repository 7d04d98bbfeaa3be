package org.cairnpmo.planning.domain;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkData;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanLimits;
import org.springframework.stereotype.Service;

/**
 * The dependencies of a plan: one per pair of tasks, never from a task to itself, never in a circle
 * (a link between a summary task and a task under it is one). A change that would make a cycle is
 * refused with the tasks in it named.
 */
@Service
public class LinkService extends PlanEntryService<PlanLink, LinkData, LinkView> {

  LinkService(PlanEditor editor) {
    super(editor, "Link");
  }

  @Override
  Optional<PlanLink> lookup(PlanContext context, long id) {
    return context.links().stream().filter(l -> l.getId() == id).findFirst();
  }

  @Override
  PlanLink create(PlanContext context, LinkData data) {
    return context.add(
        PlanLink.of(
            context.planId(),
            data.predecessorId(),
            data.successorId(),
            data.type(),
            lag(data),
            data.lagKind()));
  }

  @Override
  void write(PlanLink link, LinkData data) {
    link.write(data.predecessorId(), data.successorId(), data.type(), lag(data), data.lagKind());
  }

  @Override
  void remove(PlanContext context, PlanLink link) {
    context.remove(link);
  }

  @Override
  LongFunction<LinkView> view(PlanContext context, PlanLink link) {
    return link::view;
  }

  /** A link that closes a circle is found by the scheduling run; the successor closed it. */
  @Override
  PlanEdit<LinkView> refusing(Supplier<PlanEdit<LinkView>> change) {
    try {
      return change.get();
    } catch (DependencyCycle cycle) {
      throw cycle.on("successorId");
    }
  }

  private static long lag(LinkData data) {
    return data.lagValue() == null ? 0 : data.lagValue();
  }

  /** The link's ends are tasks of the plan, distinct, not linked already; its lag in bounds. */
  @Override
  void check(PlanContext context, LinkData data, PlanLink self) {
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
