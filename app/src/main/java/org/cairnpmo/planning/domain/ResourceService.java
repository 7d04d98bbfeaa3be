package org.cairnpmo.planning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's resource list (people, roles, equipment, each with the units available) and what its
 * tasks require of them, for leveling; the resources module takes the list over when it comes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResourceService {

  static final BigDecimal MAX_UNITS = new BigDecimal("1000");

  private final PlanEditor editor;
  private final IdentityApi identity;

  @Transactional
  public PlanEdit<ResourceView> add(
      long projectId, ResourceData data, long expectedVersion, CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          check(context, data, null);
          PlanResource resource =
              context.store().resources().save(PlanResource.of(context.planId(), data));
          return resource::view;
        });
  }

  @Transactional
  public PlanEdit<ResourceView> edit(
      long projectId, long resourceId, ResourceData data, long expectedVersion, CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          PlanResource resource = resource(context, resourceId);
          check(context, data, resource);
          resource.write(data);
          return resource::view;
        });
  }

  /** Deletes the resource and every requirement of it. */
  @Transactional
  public PlanEdit<Void> delete(
      long projectId, long resourceId, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          PlanResource resource = resource(context, resourceId);
          PlanStore store = context.store();
          store
              .requirements()
              .deleteAll(
                  store.requirements().findByPlanIdOrderByIdAsc(context.planId()).stream()
                      .filter(r -> r.getResourceId() == resourceId)
                      .toList());
          store.resources().delete(resource);
        });
  }

  @Transactional
  public PlanEdit<RequirementView> addRequirement(
      long projectId, RequirementData data, long expectedVersion, CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          PlanResource resource = checkRequirement(context, data, null);
          TaskRequirement requirement =
              context
                  .store()
                  .requirements()
                  .save(
                      TaskRequirement.of(
                          context.planId(), data.taskId(), data.resourceId(), data.units()));
          return version -> requirement.view(resource.getName(), version);
        });
  }

  @Transactional
  public PlanEdit<RequirementView> editRequirement(
      long projectId,
      long requirementId,
      RequirementData data,
      long expectedVersion,
      CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          TaskRequirement requirement = requirement(context, requirementId);
          PlanResource resource = checkRequirement(context, data, requirement);
          requirement.write(data.taskId(), data.resourceId(), data.units());
          return version -> requirement.view(resource.getName(), version);
        });
  }

  @Transactional
  public PlanEdit<Void> deleteRequirement(
      long projectId, long requirementId, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> context.store().requirements().delete(requirement(context, requirementId)));
  }

  static PlanResource resource(PlanContext context, long resourceId) {
    return context
        .store()
        .resources()
        .findByIdAndPlanId(resourceId, context.planId())
        .orElseThrow(() -> new NotFoundException("Resource", resourceId));
  }

  private static TaskRequirement requirement(PlanContext context, long requirementId) {
    return context
        .store()
        .requirements()
        .findByIdAndPlanId(requirementId, context.planId())
        .orElseThrow(() -> new NotFoundException("Requirement", requirementId));
  }

  private void check(PlanContext context, ResourceData data, PlanResource self) {
    Problems problems = new Problems();
    resourceRules(data, problems);
    problems.require(
        data.calendarId() == null || context.calendars().contains(data.calendarId()),
        "calendarId",
        "Choose a calendar of this plan.");
    problems.require(
        data.userId() == null || identity.user(data.userId()).isPresent(),
        "userId",
        "There is no user " + data.userId() + ".");
    String name = data.name() == null ? "" : data.name().strip();
    List<PlanResource> others =
        context.store().resources().findByPlanIdOrderByNameAscIdAsc(context.planId());
    problems.require(
        others.stream().noneMatch(r -> r != self && r.getName().equalsIgnoreCase(name)),
        "name",
        "This plan has a resource of that name already.");
    problems.throwIfAny();
  }

  /** A user the resource is, if any, exists. */
  void checkUser(Long userId, Problems problems) {
    problems.require(
        userId == null || identity.user(userId).isPresent(),
        "userId",
        "There is no user " + userId + ".");
  }

  /** The rules of a resource's own fields, for the API and imported plans alike. */
  static void resourceRules(ResourceData data, Problems problems) {
    problems.text("name", data.name(), 200, true, "Name the resource");
    problems.require(data.kind() != null, "kind", "Choose person, role or equipment");
    units(data.maxUnits(), problems, "maxUnits");
    problems.require(
        data.costRate() == null
            || (data.costRate().signum() >= 0
                && data.costRate().compareTo(InputRules.MAX_AMOUNT) <= 0
                && data.costRate().stripTrailingZeros().scale() <= 2),
        "costRate",
        "A cost rate is 0 or more, with at most two decimals.");
  }

  static void units(BigDecimal units, Problems problems, String field) {
    problems.require(
        units != null
            && units.signum() > 0
            && units.compareTo(MAX_UNITS) <= 0
            && units.stripTrailingZeros().scale() <= 2,
        field,
        "Units are more than 0 and at most 1000, with at most two decimals (1 = full time).");
  }

  private static PlanResource checkRequirement(
      PlanContext context, RequirementData data, TaskRequirement self) {
    Problems problems = new Problems();
    problems.require(
        data.taskId() != null
            && context.tasks().stream().anyMatch(t -> t.getId().equals(data.taskId())),
        "taskId",
        "This plan has no task " + data.taskId() + ".");
    PlanResource resource =
        data.resourceId() == null
            ? null
            : context
                .store()
                .resources()
                .findByIdAndPlanId(data.resourceId(), context.planId())
                .orElse(null);
    problems.require(
        resource != null, "resourceId", "This plan has no resource " + data.resourceId() + ".");
    units(data.units(), problems, "units");
    problems.require(
        context.store().requirements().findByPlanIdOrderByIdAsc(context.planId()).stream()
            .noneMatch(
                r ->
                    r != self
                        && Objects.equals(r.getTaskId(), data.taskId())
                        && Objects.equals(r.getResourceId(), data.resourceId())),
        "resourceId",
        "The task requires this resource already: change that requirement instead.");
    problems.throwIfAny();
    return resource;
  }
}
