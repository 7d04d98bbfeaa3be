package org.cairnpmo.resources.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.capacity.CapacityService;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.staffing.domain.Choice;
import org.cairnpmo.resources.staffing.domain.StaffingFilter;
import org.cairnpmo.resources.staffing.domain.StaffingProposal;
import org.cairnpmo.resources.staffing.domain.StaffingService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Random small pools and requests through the application: whatever the optimizer proposes and is
 * applied, nobody is booked beyond their capacity in any week (part time, absences and what they
 * were approved for before the run included).
 */
class StaffingPropertyTest extends IntegrationTest {

  static final LocalDate MONDAY = LocalDate.of(2028, 9, 4);
  static final int WEEKS = 12;

  @Autowired StaffingService staffing;
  @Autowired CapacityService capacity;
  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RequestService requests;

  @Test
  void an_applied_proposal_never_books_anyone_beyond_their_capacity() {
    int staffed = 0;
    for (int seed = 1; seed <= 5; seed++) {
      staffed += instance(new Random(seed * 7919L));
    }
    assertThat(staffed).as("requests staffed over all instances").isPositive();
  }

  /** One random instance, staffed and applied; how many requests it staffed. */
  private int instance(Random random) {
    CurrentUser rm = current(user(Role.RESOURCE_MANAGER));
    var managerUser = user(Role.PROJECT_MANAGER);
    CurrentUser manager = current(managerUser);
    StaffingFixture fixture = new StaffingFixture(pool, catalog, requests);
    long role = fixture.role("Random role " + unique(), rm);
    String skill = "Skill " + unique();
    ProjectView project = project(managerUser, false);

    List<Long> people = new ArrayList<>();
    int size = 3 + random.nextInt(3);
    for (int i = 0; i < size; i++) {
      List<Absence> away = new ArrayList<>();
      if (i > 0 && random.nextBoolean()) {
        LocalDate first = MONDAY.plusDays(random.nextInt(WEEKS * 7 - 14));
        away.add(new Absence(first, first.plusDays(3 + random.nextInt(10)), "Leave"));
      }
      int[] partTimes = {100, 80, 50};
      people.add(
          fixture.person(
              "Random " + unique(),
              role,
              skill,
              2 + random.nextInt(4),
              20 + random.nextInt(21),
              partTimes[random.nextInt(3)],
              away,
              50 + random.nextInt(60),
              rm));
    }
    // A booking from before the run: the first person is approved on 8 hours a week already.
    RequestView booked =
        requests.create(
            project.id(),
            new RequestData(
                role,
                people.get(0),
                List.of(),
                new BigDecimal("8"),
                MONDAY,
                MONDAY.plusWeeks(WEEKS).minusDays(1),
                Priority.MEDIUM,
                null),
            manager);
    booked = requests.propose(project.id(), booked.id(), people.get(0), 0, rm);
    booked = requests.accept(project.id(), booked.id(), booked.version(), manager);
    requests.approve(project.id(), booked.id(), booked.version(), rm);

    int count = 5 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      LocalDate from = MONDAY.plusDays(random.nextInt(28));
      fixture.request(
          project,
          role,
          skill,
          1 + random.nextInt(4),
          4 + random.nextInt(29),
          from,
          from.plusDays(6 + random.nextInt(42)),
          Priority.values()[random.nextInt(Priority.values().length)],
          manager);
    }

    StaffingProposal proposal =
        staffing.proposal(
            new StaffingFilter(null, null, null, null, project.id(), 2, null, null, null), rm);
    assertThat(proposal.open()).isEqualTo(count);
    assertThat(proposal.assignments().size() + proposal.unstaffed().size()).isEqualTo(count);
    List<Choice> choices =
        proposal.assignments().stream()
            .map(a -> new Choice(a.request().requestId(), a.personId(), a.request().version()))
            .toList();
    if (!choices.isEmpty()) {
      staffing.apply(choices, rm);
    }

    CapacityGrid grid = capacity.commitments(MONDAY, WEEKS + 8);
    for (long person : people) {
      String key = CapacityService.STAFFING_KEY + person;
      for (int k = 0; k < grid.horizon().periods(); k++) {
        assertThat(grid.demand(key, k))
            .as("hours of person %d in the week of %s", person, grid.horizon().periodStart(k))
            .isLessThanOrEqualTo(grid.capacity(key, k) + CapacityGrid.TOLERANCE);
      }
    }
    return choices.size();
  }
}
