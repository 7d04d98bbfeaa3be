package org.cairnpmo.projects.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register read and written for a bulk import: projects found by many codes at once, and many
 * projects registered together under the rules of {@link ProjectService#register} for each.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectsInBulk {

  private final ProjectRepository projects;
  private final ProjectChangeRepository changes;
  private final ApplicationEventPublisher events;
  private final ProjectViews views;
  private final ProjectChecks checks;
  private final Clock clock;

  /**
   * Registers many projects at once for the PMO or an administrator: the department, the people and
   * the codes of all of them are checked in a few queries, and the projects are written together,
   * each with the first entry of its history. One transaction: a refused project leaves none
   * registered. They are announced once, as {@link ProjectsRegistered}.
   */
  @Transactional
  public List<ProjectView> registerAll(List<ProjectData> rows, CurrentUser author) {
    if (!author.governsAllProjects()) {
      throw new AccessDeniedException("Only the PMO registers projects in bulk");
    }
    checks.referencesAll(rows);
    Set<String> codes = new HashSet<>();
    for (ProjectData data : rows) {
      if (!codes.add(data.code().trim().toUpperCase(Locale.ROOT))) {
        throw InvalidInputException.of("code", "The code " + data.code() + " is given twice.");
      }
    }
    Set<String> taken = findByCodes(codes).keySet();
    if (!taken.isEmpty()) {
      throw InvalidInputException.of("code", "These codes are already taken: " + taken + ".");
    }
    Instant now = clock.instant();
    List<Project> registered =
        projects.saveAll(
            rows.stream().map(data -> Project.register(data, author.username(), now)).toList());
    projects.flush();
    changes.saveAll(
        registered.stream()
            .map(p -> ProjectChange.registered(p, now, author.username(), ""))
            .toList());
    List<Long> ids = registered.stream().map(Project::getId).toList();
    for (int from = 0; from < ids.size(); from += ProjectsRegistered.MAX_IDS) {
      events.publishEvent(
          new ProjectsRegistered(
              ids.subList(from, Math.min(from + ProjectsRegistered.MAX_IDS, ids.size()))));
    }
    DisplayNames names = views.names(registered);
    return registered.stream().map(p -> ProjectViews.view(p, author, names)).toList();
  }

  /**
   * The projects with these codes (in any case), keyed by their code in upper case, as {@code
   * reader} sees them; read in one query per thousand codes. No visibility check: for the import,
   * whose people see every project.
   */
  @Transactional(readOnly = true)
  public Map<String, ProjectView> byCodes(Collection<String> codes, CurrentUser reader) {
    Map<String, Project> found = findByCodes(codes);
    DisplayNames names = views.names(found.values());
    Map<String, ProjectView> result = new LinkedHashMap<>();
    found.forEach((code, p) -> result.put(code, ProjectViews.view(p, reader, names)));
    return result;
  }

  private Map<String, Project> findByCodes(Collection<String> codes) {
    List<String> upper =
        codes.stream()
            .filter(Objects::nonNull)
            .map(c -> c.trim().toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
    Map<String, Project> found = new LinkedHashMap<>();
    for (int from = 0; from < upper.size(); from += 1000) {
      projects
          .findByUpperCodeIn(upper.subList(from, Math.min(from + 1000, upper.size())))
          .forEach(p -> found.put(p.getCode().toUpperCase(Locale.ROOT), p));
    }
    return found;
  }
}
