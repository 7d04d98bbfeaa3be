package org.cairnpmo.platform.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The full-text index as a whole. Hibernate Search follows every change made through JPA; rows
 * written otherwise (Flyway, SQL, a restored database) are indexed by {@link #rebuild()}: at start
 * when an index does not hold as many documents as its table holds rows (empty, or left from
 * another database), after the demo loads, and by the "rebuild search index" action of the modules
 * that search.
 */
@Component
@RequiredArgsConstructor
@Slf4j
public class SearchIndex {

  private final EntityManagerFactory entityManagerFactory;

  /**
   * Rebuilds every index on {@code cairn.search.rebuild-cron} (never by default). Each node keeps
   * an index of its own that follows only the changes made through it; with several nodes this
   * brings each node's index up to the others' changes, on every node (no lock: each its own).
   */
  @Scheduled(cron = "${cairn.search.rebuild-cron:-}")
  void rebuildOnSchedule() {
    rebuild();
  }

  /** Drops and rebuilds every index from the database; returns the entity types rebuilt. */
  public synchronized List<String> rebuild() {
    SearchMapping mapping = Search.mapping(entityManagerFactory);
    List<Class<?>> types =
        mapping.allIndexedEntities().stream()
            .<Class<?>>map(SearchIndexedEntity::javaClass)
            .toList();
    return rebuild(mapping, types);
  }

  private List<String> rebuild(SearchMapping mapping, List<Class<?>> types) {
    if (types.isEmpty()) {
      return List.of();
    }
    long started = System.nanoTime();
    try {
      mapping
          .scope(Object.class, types.stream().map(Class::getName).toList())
          .massIndexer()
          .threadsToLoadObjects(1)
          .startAndWait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The search index rebuild was interrupted", e);
    }
    List<String> names = types.stream().map(Class::getSimpleName).toList();
    log.info(
        "Search index rebuilt for {} in {} ms", names, (System.nanoTime() - started) / 1_000_000);
    return names;
  }

  /**
   * At start, the types whose index does not hold one document per row of their table (a first
   * start on an existing database, an index directory removed, or one left from another database)
   * are indexed again from the database. Counting is cheap; the rebuild happens only then.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void rebuildWhereStale() {
    SearchMapping mapping = Search.mapping(entityManagerFactory);
    List<Class<?>> stale = new ArrayList<>();
    try (EntityManager em = entityManagerFactory.createEntityManager()) {
      for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
        long rows =
            em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                .getSingleResult();
        long indexed =
            Search.session(em)
                .search(entity.javaClass())
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        if (indexed != rows) {
          stale.add(entity.javaClass());
        }
      }
    }
    rebuild(mapping, stale);
  }
}
