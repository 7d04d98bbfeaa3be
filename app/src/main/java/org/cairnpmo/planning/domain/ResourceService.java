package org.cairnpmo.planning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.platform.InputRules;
import org.springframework.stereotype.Service;

/**
 * A plan's resource list (people, roles, equipment, each with the units available), for leveling;
 * what tasks require of them is {@link RequirementService}. The resources module takes the list
 * over when it comes.
 */
@Service
public class ResourceService extends PlanEntryService<PlanResource, ResourceData, ResourceView> {

  static final BigDecimal MAX_UNITS = new BigDecimal("1000");

  private final IdentityApi identity;

  ResourceService(PlanEditor editor, IdentityApi identity) {
    super(editor, "Resource");
    this.identity = identity;
  }

  @Override
  Optional<PlanResource> lookup(PlanContext context, long id) {
    return context.store().resources().findByIdAndPlanId(id, context.planId());
  }

  @Override
  PlanResource create(PlanContext context, ResourceData data) {
    return context.store().resources().save(PlanResource.of(context.planId(), data));
  }

  @Override
  void write(PlanResource resource, ResourceData data) {
    resource.write(data);
  }

  /** Deletes the resource and every requirement of it. */
  @Override
  void remove(PlanContext context, PlanResource resource) {
    PlanStore store = context.store();
    store
        .requirements()
        .deleteAll(
            store.requirements().findByPlanIdOrderByIdAsc(context.planId()).stream()
                .filter(r -> r.getResourceId() == resource.getId())
                .toList());
    store.resources().delete(resource);
  }

  @Override
  LongFunction<ResourceView> view(PlanContext context, PlanResource resource) {
    return resource::view;
  }

  @Override
  void check(PlanContext context, ResourceData data, PlanResource self) {
    Problems problems = new Problems();
    resourceRules(data, problems);
    problems.require(
        data.calendarId() == null || context.calendars().contains(data.calendarId()),
        "calendarId",
        "Choose a calendar of this plan.");
    checkUser(data.userId(), problems);
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
}
