package org.cairnpmo.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.domain.BulkRegister;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.projects.domain.ProjectStatusMoves;
import org.cairnpmo.projects.domain.ProjectsInBulk;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the project register.
 *
 * <p>The reads "in bulk" at the end serve read models kept by other modules (the portfolio
 * dashboard): a few queries for any number of projects, and no visibility check; the caller applies
 * the register's rules when it answers a person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectsApi {

  private final ProjectService projects;
  private final ProjectStatusMoves moves;
  private final BulkRegister bulk;
  private final ProjectsInBulk inBulk;

  /**
   * The order of the register's list page and of its export: {@code column} when the register can
   * sort by it (else the default order), descending when {@code dir} is {@code desc}. A page keeps
   * working with a column it does not know, as after a rename; the API refuses one instead.
   */
  public static Sort pageSort(String column, String dir) {
    if (column == null || !ProjectService.SORTABLE.containsKey(column)) {
      return Sort.unsorted();
    }
    return Sort.by("desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC, column);
  }

  /** The project if {@code viewer} may see it; empty otherwise (or if it does not exist). */
  public Optional<ProjectView> visibleProject(long id, CurrentUser viewer) {
    return projects.find(id, viewer);
  }

  /**
   * The project if {@code viewer} may see it; "not found" (404) otherwise, so that a project the
   * caller may not see looks the same as one that does not exist.
   */
  public ProjectView requireVisible(long id, CurrentUser viewer) {
    return visibleProject(id, viewer).orElseThrow(() -> new NotFoundException("Project", id));
  }

  /**
   * The projects among {@code ids} that {@code viewer} may see, by id in the order given (unknown
   * ids are left out), read in bulk.
   */
  public Map<Long, ProjectView> visibleProjects(Collection<Long> ids, CurrentUser viewer) {
    return projects.findVisible(ids, viewer);
  }

  /**
   * Records in the audit log that {@code what} (a file the signed-in person downloads) carries data
   * of the confidential projects among {@code projectIds}; nothing when there is none.
   */
  public void recordExport(String what, Collection<Long> projectIds) {
    projects.recordExport(what, projectIds);
  }

  /** The ids of the projects the register's search finds for {@code viewer}, in one query. */
  public Set<Long> searchIds(ProjectFilter filter, CurrentUser viewer) {
    return projects.searchIds(filter, viewer);
  }

  /**
   * Refuses (409, {@code project-frozen}) any change to a record of a closed project, naming the
   * project and the day it closed. Every module's write path for a project's records calls this (or
   * {@link ProjectView#requireChangeable()} on the project it read), pages and API alike; an
   * unknown project passes, so that the caller's own "not found" answers.
   */
  public void requireChangeable(long projectId) {
    project(projectId).ifPresent(ProjectView::requireChangeable);
  }

  /** Whether the project is closed, hence read only everywhere. */
  public boolean isFrozen(long projectId) {
    return project(projectId).map(ProjectView::isFrozen).orElse(false);
  }

  /** The register's search, as {@code viewer} may see it. */
  public Page<ProjectView> search(ProjectFilter filter, Pageable pageable, CurrentUser viewer) {
    return projects.search(filter, pageable, viewer);
  }

  /**
   * Cancels a project on behalf of another capability ({@code actor}, e.g. "governance" after a
   * KILL decision at a gate), along the allowed transition and with history entries. Returns false,
   * changing nothing, if the project is already cancelled or closed.
   */
  public boolean cancelBySystem(long projectId, String actor, String reason) {
    return moves.cancelBySystem(projectId, actor, reason);
  }

  /**
   * Closes the project after its closure was signed off (by {@code actor}): Active to Closed,
   * finished today, frozen from then on. Refused (409) from any other status.
   */
  public ProjectView closeBySystem(long projectId, String actor, String note) {
    return moves.closeBySystem(projectId, actor, note);
  }

  /** Reopens a closed project (back to Active) with the PMO's reason in its history. */
  public ProjectView reopenBySystem(long projectId, String actor, String reason) {
    return moves.reopenBySystem(projectId, actor, reason);
  }

  /**
   * Closes a project imported from an archive bundle, after every section of the bundle was
   * restored, so that it is read-only from then on; joins the importer's transaction.
   */
  public void closeImported(ImportContext context) {
    moves.closeImported(context);
  }

  /** Whether a project of the register has this code (in any case). */
  public boolean codeTaken(String code) {
    return projects.codeTaken(code);
  }

  public ProjectView register(ProjectData data, CurrentUser author) {
    return projects.register(data, author);
  }

  /**
   * Changes a project (status included, along the allowed transitions) on behalf of {@code editor};
   * {@code expectedVersion} is the version that was read. Every changed field enters the history.
   */
  public ProjectView revise(long id, ProjectData data, long expectedVersion, CurrentUser editor) {
    return projects.revise(id, data, expectedVersion, editor);
  }

  /**
   * Registers the projects of a bulk import for the PMO or an administrator: each under the rules
   * of {@link #register}, checked and written together, all or none.
   */
  public List<ProjectView> registerAll(List<ProjectData> rows, CurrentUser author) {
    return inBulk.registerAll(rows, author);
  }

  /**
   * The projects with these codes (in any case), keyed by code in upper case, read in bulk: for
   * matching an import's rows to the register. Every project, whoever may see it.
   */
  public Map<String, ProjectView> projectsByCodes(Collection<String> codes) {
    return inBulk.byCodes(codes, READER);
  }

  // ---------------------------------------------------------------- in bulk, for read models

  /** Reads every project; never used to change anything. */
  private static final CurrentUser READER =
      new CurrentUser(0, ProjectService.SYSTEM_AUTHOR, "System", Set.of(Role.ADMIN));

  /** One page of every project in the register, by code (size 1 to 200). */
  public Page<ProjectView> everyProject(int page, int size) {
    return projects.search(
        ProjectFilter.none(), PageRequest.of(page, size, Sort.by("code")), READER);
  }

  /** The project, whoever may see it; empty if it does not exist. */
  public Optional<ProjectView> project(long id) {
    return projects.find(id, READER);
  }

  /**
   * The confidential projects {@code user} may not see, as the register stands now (none for those
   * who see every project). A read model that keeps copies of projects must hide these whatever its
   * copy says: the copy may predate the project being made confidential or a member leaving.
   */
  public Set<Long> hiddenProjectIds(CurrentUser user) {
    return projects.hiddenFrom(user);
  }

  /**
   * The confidential projects {@code user} manages, sponsors or belongs to: with the projects that
   * are not confidential, exactly what they may see.
   */
  public Set<Long> confidentialProjectsOf(CurrentUser user) {
    Set<Long> ids = new LinkedHashSet<>();
    projectsInvolving(user).stream()
        .filter(ProjectView::confidential)
        .forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** Every project {@code user} manages, sponsors or belongs to, soonest planned finish first. */
  public List<ProjectView> projectsInvolving(CurrentUser user) {
    List<ProjectView> all = new ArrayList<>();
    int page = 0;
    Page<ProjectView> found;
    do {
      found = projects.involving(user, Set.of(), page++, Paging.MAX_SIZE);
      all.addAll(found.getContent());
    } while (found.hasNext());
    return all;
  }

  // ---------------------------------------------------------------- synthetic data, for scale
  // tests

  /**
   * Registers synthetic projects in bulk, without events, for scale tests: each gets its manager as
   * its only member and {@code note} as its history, written by {@code actor}.
   */
  public void registerInBulk(List<SyntheticProject> synthetic, String actor, String note) {
    bulk.register(synthetic, actor, note);
  }

  /** How many projects have a code starting with {@code prefix}. */
  public int countByCodePrefix(String prefix) {
    return bulk.countByCodePrefix(prefix);
  }

  /** The projects whose code starts with {@code prefix}, by code, read in one query. */
  public List<ProjectOutline> outlinesByCodePrefix(String prefix) {
    return bulk.outlinesByCodePrefix(prefix);
  }
}
