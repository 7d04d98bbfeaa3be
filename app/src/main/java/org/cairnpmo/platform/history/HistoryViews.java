package org.cairnpmo.platform.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of one record for the signed-in person. First the record must exist and be visible to
 * them (a record they may not see answers 404 exactly like a missing one): the module that owns the
 * kind says how, by a {@link HistoryAccess} or its {@link HistoryRules}; kinds no module speaks for
 * are shown to administrators and the PMO only. Then the change log is read.
 */
@Service
public class HistoryViews {

  private static final Set<String> OVERSEERS = Set.of("ROLE_ADMIN", "ROLE_PMO");

  private final RecordHistory history;
  private final ObjectProvider<ProjectGuard> projects;
  private final Map<String, HistoryAccess> access = new HashMap<>();
  private final Map<String, String> projectOf = new HashMap<>();
  private final Set<String> everyone = new HashSet<>();
  private final Map<String, Class<?>> kinds = new TreeMap<>();

  @PersistenceContext private EntityManager entities;

  HistoryViews(
      RecordHistory history,
      List<HistoryAccess> modules,
      List<HistoryRules> rules,
      ObjectProvider<ProjectGuard> projects,
      jakarta.persistence.EntityManagerFactory jpa) {
    this.history = history;
    this.projects = projects;
    modules.forEach(module -> module.kinds().forEach(kind -> access.put(kind, module)));
    rules.forEach(
        rule -> {
          projectOf.putAll(rule.projectOf());
          everyone.addAll(rule.everyone());
        });
    jpa.getMetamodel()
        .getEntities()
        .forEach(
            entity -> {
              KeepsHistory keeps = entity.getJavaType().getAnnotation(KeepsHistory.class);
              if (keeps != null) {
                kinds.put(keeps.value(), entity.getJavaType());
              }
            });
  }

  /** Every kind of record that keeps a history. */
  public Set<String> kinds() {
    return Set.copyOf(kinds.keySet());
  }

  /** A page of the history of record {@code id} of {@code kind}, newest change first. */
  @Transactional(readOnly = true)
  public Page<ChangeSet> of(String kind, long id, Pageable pageable) {
    requireVisible(kind, id);
    return history.of(kind, id, pageable);
  }

  private void requireVisible(String kind, long id) {
    Class<?> type = kind == null ? null : kinds.get(kind);
    if (type == null) {
      throw InvalidInputException.of(
          "kind",
          "Unknown kind of record. Known kinds: " + String.join(", ", kinds.keySet()) + ".");
    }
    if (entities.find(type, id) == null) {
      throw new NotFoundException(kind, id);
    }
    try {
      requireAllowed(kind, id);
    } catch (NotFoundException | AccessDeniedException hidden) {
      // Whatever the module said (its project, a refusal), the answer is the missing record's.
      throw new NotFoundException(kind, id);
    }
  }

  private void requireAllowed(String kind, long id) {
    if (access.containsKey(kind)) {
      access.get(kind).check(kind, id);
    } else if (projectOf.containsKey(kind)) {
      List<?> project =
          entities.createQuery(projectOf.get(kind)).setParameter("id", id).getResultList();
      if (project.isEmpty() || project.get(0) == null) {
        throw new NotFoundException(kind, id);
      }
      projects.getObject().requireVisible(((Number) project.get(0)).longValue());
    } else if (!everyone.contains(kind) && !isOverseer()) {
      throw new NotFoundException(kind, id);
    }
  }

  private static boolean isOverseer() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(OVERSEERS::contains);
  }
}
