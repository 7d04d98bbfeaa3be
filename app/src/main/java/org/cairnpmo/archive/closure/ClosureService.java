package org.cairnpmo.archive.closure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure workflow of a project. Its checklist is asked of every {@link ClosureCheck} (each
 * module computes its own items from its own data) plus the sponsor's acceptance, which the
 * sign-off itself meets. The project's manager and the PMO start the closure; the PMO waives an
 * item with a reason; the sponsor or the PMO signs off once every item is met or waived, and the
 * register closes the project (it is then frozen); the PMO and administrators reopen it with a
 * reason, which the project's history keeps. Whoever sees the project reads its closure; anyone
 * else gets "not found".
 */
@Service
public class ClosureService {

  static final int MAX_REASON = 1000;
  static final int MAX_NOTE = 2000;

  private final ClosureRepository closures;
  private final ProjectsApi projects;
  private final List<ClosureCheck> checks;
  private final Clock clock;

  ClosureService(
      ClosureRepository closures, ProjectsApi projects, List<ClosureCheck> checks, Clock clock) {
    this.closures = closures;
    this.projects = projects;
    this.checks = List.copyOf(checks);
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ClosureView closure(long projectId, CurrentUser viewer) {
    ProjectView project = projects.requireVisible(projectId, viewer);
    return view(project, closures.findByProjectId(projectId), viewer);
  }

  /**
   * The id of the project's closure, for its history, once one was started; the caller has already
   * seen the project through {@link #closure}.
   */
  @Transactional(readOnly = true)
  public Optional<Long> closureId(long projectId) {
    return closures.findByProjectId(projectId).map(Closure::getId);
  }

  /** Starts preparing the closure: the project shows as "in closure". */
  @Transactional
  public ClosureView start(long projectId, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    requirePreparer(project, by);
    requireClosable(project);
    Optional<Closure> found = current(project, expectedVersion);
    Closure closure =
        found.orElseGet(
            () -> closures.saveAndFlush(Closure.start(projectId, by.username(), clock.instant())));
    return view(project, Optional.of(closure), by);
  }

  /** The PMO waives an item of the checklist, with a reason. */
  @Transactional
  public ClosureView waive(
      long projectId, String itemKey, String reason, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    if (!by.governsAllProjects()) {
      throw new AccessDeniedException("Only the PMO waives an item of a project's closure");
    }
    requireClosable(project);
    String checked = text("reason", reason, MAX_REASON, true);
    List<ClosureItem> items = computed(project);
    if (itemKey == null
        || ClosureView.SPONSOR_ACCEPTANCE.equals(itemKey)
        || items.stream().noneMatch(i -> i.key().equals(itemKey))) {
      throw InvalidInputException.of(
          "item",
          "Name an item of the checklist to waive: "
              + items.stream()
                  .map(ClosureItem::key)
                  .filter(k -> !ClosureView.SPONSOR_ACCEPTANCE.equals(k))
                  .collect(Collectors.joining(", "))
              + ".");
    }
    Closure closure = orStart(project, expectedVersion, by);
    closure.waive(itemKey, checked, by.username(), clock.instant());
    closures.saveAndFlush(closure);
    return view(project, Optional.of(closure), by);
  }

  /**
   * The sponsor (or the PMO) accepts the project's outcome: once every item is met or waived, the
   * closure is signed off and the register closes the project, which is frozen from then on.
   */
  @Transactional
  public ClosureView signOff(long projectId, String note, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    if (!maySignOff(project, by)) {
      throw new AccessDeniedException("Only the project's sponsor or the PMO sign off its closure");
    }
    requireClosable(project);
    String checkedNote = text("note", note, MAX_NOTE, false);
    Closure closure = orStart(project, expectedVersion, by);
    List<ClosureView.Item> open = view(project, Optional.of(closure), by).open();
    if (!open.isEmpty()) {
      throw new BusinessRuleException(
          "closure-not-ready",
          "The closure of "
              + project.code()
              + " cannot be signed off yet: "
              + open.stream()
                  .map(i -> i.label() + " (" + i.detail() + ")")
                  .collect(Collectors.joining("; "))
              + ". Meet these items, or have the PMO waive them.");
    }
    closure.signOff(by.id(), by.username(), checkedNote, clock.instant());
    closures.saveAndFlush(closure);
    ProjectView closed =
        projects.closeBySystem(
            projectId,
            by.username(),
            "Closure signed off" + (checkedNote == null ? "" : ": " + checkedNote));
    return view(closed, Optional.of(closure), by);
  }

  /** The PMO (or an administrator) reopens a closed project, with a reason: back to Active. */
  @Transactional
  public ClosureView reopen(long projectId, String reason, long expectedVersion, CurrentUser by) {
    ProjectView project = projects.requireVisible(projectId, by);
    if (!by.governsAllProjects()) {
      throw new AccessDeniedException("Only the PMO and administrators reopen a closed project");
    }
    if (project.status() != ProjectStatus.CLOSED) {
      throw new BusinessRuleException(
          "not-closed",
          "Project " + project.code() + " is " + project.status().label() + ", not closed.");
    }
    String checked = text("reason", reason, MAX_REASON, true);
    Closure closure = orStart(project, expectedVersion, by);
    closure.reopen(by.username(), checked, clock.instant());
    closures.saveAndFlush(closure);
    ProjectView reopened =
        projects.reopenBySystem(projectId, by.username(), "Reopened: " + checked);
    return view(reopened, Optional.of(closure), by);
  }

  /**
   * Records the closure of a project the register closed before its closure was kept here (the
   * demo's closed projects, a project brought in from elsewhere): signed off by {@code signer} on
   * the day it finished, each item not met waived by {@code pmo} with {@code reason}. Changes
   * nothing, answering false, when the project is not closed or has a closure already.
   */
  @Transactional
  public boolean recordSignedOff(
      long projectId, CurrentUser signer, String note, CurrentUser pmo, String reason) {
    Optional<ProjectView> found = projects.project(projectId);
    if (found.isEmpty()
        || found.get().status() != ProjectStatus.CLOSED
        || closures.findByProjectId(projectId).isPresent()) {
      return false;
    }
    ProjectView project = found.get();
    java.time.Instant at =
        project.finishedOn() == null
            ? clock.instant()
            : project.finishedOn().atTime(16, 0).atZone(clock.getZone()).toInstant();
    Closure closure = Closure.start(projectId, pmo.username(), at);
    for (ClosureItem item : computed(project)) {
      if (!item.met()) {
        closure.waive(item.key(), reason, pmo.username(), at);
      }
    }
    closure.signOff(signer.id(), signer.username(), note, at);
    closures.saveAndFlush(closure);
    return true;
  }

  // ---------------------------------------------------------------- rules

  static boolean mayPrepare(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || (project.managerId() != null && project.managerId() == user.id());
  }

  static boolean maySignOff(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || (project.sponsorId() != null && project.sponsorId() == user.id());
  }

  private static void requirePreparer(ProjectView project, CurrentUser user) {
    if (!mayPrepare(project, user)) {
      throw new AccessDeniedException("Only the project's manager or the PMO prepare its closure");
    }
  }

  /** Only a running (Active) project closes; a closed one is frozen, others say why not. */
  private static void requireClosable(ProjectView project) {
    project.requireChangeable();
    if (project.status() != ProjectStatus.ACTIVE) {
      throw new BusinessRuleException(
          "closure-not-active",
          "Project "
              + project.code()
              + " is "
              + project.status().label().toLowerCase(java.util.Locale.ROOT)
              + ": only an active project goes through its closure.");
    }
  }

  /** The stored closure, checked against the version the caller read. */
  private Optional<Closure> current(ProjectView project, long expectedVersion) {
    Optional<Closure> found = closures.findByProjectId(project.id());
    long current = found.map(Closure::apiVersion).orElse(0L);
    if (current != expectedVersion) {
      throw new StaleVersionException(
          "The closure of project " + project.code(), expectedVersion, current);
    }
    return found;
  }

  private Closure orStart(ProjectView project, long expectedVersion, CurrentUser by) {
    return current(project, expectedVersion)
        .orElseGet(() -> Closure.start(project.id(), by.username(), clock.instant()));
  }

  private static String text(String field, String value, int max, boolean required) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      if (required) {
        throw InvalidInputException.of(field, "Give the " + field + ".");
      }
      return null;
    }
    if (text.length() > max) {
      throw InvalidInputException.of(
          field, "The " + field + " is longer than " + max + " characters.");
    }
    if (InputRules.hasControlCharacter(text)) {
      throw InvalidInputException.of(field, InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    return text;
  }

  // ---------------------------------------------------------------- views

  private List<ClosureItem> computed(ProjectView project) {
    LocalDate closingOn =
        project.finishedOn() != null ? project.finishedOn() : LocalDate.now(clock);
    List<ClosureItem> items = new ArrayList<>();
    checks.forEach(c -> items.addAll(c.closureItems(project, closingOn)));
    return items;
  }

  private ClosureView view(ProjectView project, Optional<Closure> closure, CurrentUser viewer) {
    List<ClosureView.Item> items = new ArrayList<>();
    for (ClosureItem i : ordered(computed(project))) {
      Optional<Waiver> waiver = closure.flatMap(c -> c.waiver(i.key()));
      items.add(
          new ClosureView.Item(
              i.key(),
              i.label(),
              i.met(),
              i.detail(),
              i.fixPath(),
              waiver.map(Waiver::getReason).orElse(null),
              waiver.map(Waiver::getWaivedBy).orElse(null),
              waiver.map(Waiver::getWaivedAt).orElse(null)));
    }
    boolean signed = closure.map(Closure::isSignedOff).orElse(false);
    items.add(
        new ClosureView.Item(
            ClosureView.SPONSOR_ACCEPTANCE,
            "Sponsor acceptance",
            signed,
            signed
                ? "Signed off by " + closure.get().getSignedBy() + "."
                : "The sponsor (or the PMO) signs off once every other item is met or waived.",
            "/projects/" + project.id() + "/closure",
            null,
            null,
            null));
    boolean ready =
        items.stream().filter(ClosureView.Item::waivable).allMatch(ClosureView.Item::done);
    boolean active = project.status() == ProjectStatus.ACTIVE;
    return new ClosureView(
        project.id(),
        project.code(),
        project.name(),
        project.status(),
        project.finishedOn(),
        closure.map(Closure::getState).orElse(null),
        List.copyOf(items),
        ready,
        closure.map(Closure::getSignedBy).orElse(null),
        closure.map(Closure::getSignedAt).orElse(null),
        closure.map(Closure::getSignOffNote).orElse(null),
        closure.map(Closure::getReopenedBy).orElse(null),
        closure.map(Closure::getReopenedAt).orElse(null),
        closure.map(Closure::getReopenReason).orElse(null),
        closure.map(Closure::apiVersion).orElse(0L),
        active && mayPrepare(project, viewer) && closure.isEmpty(),
        active && viewer.governsAllProjects(),
        active && maySignOff(project, viewer) && ready,
        project.status() == ProjectStatus.CLOSED && viewer.governsAllProjects());
  }

  /** The checklist in the order of the issue: final report first, then the modules' items. */
  private static List<ClosureItem> ordered(List<ClosureItem> items) {
    List<String> order = List.of("final-report", "lessons", "documents", "budget", "resources");
    List<ClosureItem> sorted = new ArrayList<>(items);
    sorted.sort(
        java.util.Comparator.comparingInt(
            i -> order.indexOf(i.key()) < 0 ? order.size() : order.indexOf(i.key())));
    return sorted;
  }
}
