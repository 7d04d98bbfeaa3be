package org.cairnpmo.reporting.dashboard;

import java.util.List;
import java.util.Optional;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model current: one project after a change, or every project in batches (each batch
 * its own transaction, so a rebuild of ten thousand projects never holds one long transaction and
 * shows progress as it goes).
 */
@Service
public class DashboardRefresh {

  /** Projects per batch: one bulk call per owning module per batch. */
  static final int BATCH = 200;

  private static final Logger log = LoggerFactory.getLogger(DashboardRefresh.class);

  private final ProjectsApi projects;
  private final StatusRowBuilder builder;
  private final StatusRowStore store;
  private final TransactionTemplate newTransaction;

  DashboardRefresh(
      ProjectsApi projects,
      StatusRowBuilder builder,
      StatusRowStore store,
      PlatformTransactionManager transactions) {
    this.projects = projects;
    this.builder = builder;
    this.store = store;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** How a rebuild went. */
  public record Outcome(int projects, int written, long millis) {}

  /**
   * Recomputes one project's row in a transaction of its own. Two refreshes of the same project at
   * once may collide on its key; the later one then runs again on what the earlier wrote.
   */
  public void refresh(long projectId) {
    try {
      refreshOnce(projectId);
    } catch (DataIntegrityViolationException e) {
      refreshOnce(projectId);
    }
  }

  private void refreshOnce(long projectId) {
    newTransaction.executeWithoutResult(
        status -> {
          Optional<ProjectView> project = projects.project(projectId);
          if (project.isPresent()) {
            store.replace(builder.build(List.of(project.get())));
          } else {
            store.delete(List.of(projectId));
          }
        });
  }

  /**
   * Names are copied into the rows so that filters and sorting need no join; a rename changes only
   * the name, so it is written into the rows that carry it rather than recomputing them.
   */
  public int departmentRenamed(long departmentId, String name) {
    Integer rows = newTransaction.execute(status -> store.renameDepartment(departmentId, name));
    return rows == null ? 0 : rows;
  }

  /** As {@link #departmentRenamed}, for the projects a renamed person manages. */
  public int personRenamed(long userId, String name) {
    Integer rows = newTransaction.execute(status -> store.renameManager(userId, name));
    return rows == null ? 0 : rows;
  }

  /** Recomputes every project's row. */
  public Outcome rebuildAll() {
    return rebuild(false);
  }

  /**
   * Adds the rows of projects that have none (projects written without events, e.g. the synthetic
   * projects of the demo data); does nothing when every project has a row.
   */
  public Outcome rebuildMissing() {
    long started = System.nanoTime();
    long total = projects.everyProject(0, 1).getTotalElements();
    if (store.count() >= total) {
      return new Outcome((int) total, 0, (System.nanoTime() - started) / 1_000_000);
    }
    return rebuild(true);
  }

  /**
   * Writes a batch in one transaction; if that fails, each project of the batch on its own, so that
   * one project whose row cannot be computed or written never keeps the others from theirs.
   */
  private int writeBatch(List<ProjectView> content, boolean missingOnly) {
    try {
      Integer done =
          newTransaction.execute(
              status -> {
                List<ProjectView> toWrite = content;
                if (missingOnly) {
                  var present = store.present(content.stream().map(ProjectView::id).toList());
                  toWrite = content.stream().filter(p -> !present.contains(p.id())).toList();
                }
                store.replace(builder.build(toWrite));
                return toWrite.size();
              });
      return done == null ? 0 : done;
    } catch (RuntimeException batchFailed) {
      int written = 0;
      for (ProjectView project : content) {
        try {
          Boolean done =
              newTransaction.execute(
                  status -> {
                    if (missingOnly && !store.present(List.of(project.id())).isEmpty()) {
                      return false;
                    }
                    store.replace(builder.build(List.of(project)));
                    return true;
                  });
          written += Boolean.TRUE.equals(done) ? 1 : 0;
        } catch (RuntimeException e) {
          log.warn(
              "Dashboard read model: the row of project {} was not written: {}",
              project.id(),
              e.toString());
        }
      }
      return written;
    }
  }

  private Outcome rebuild(boolean missingOnly) {
    long started = System.nanoTime();
    int seen = 0;
    int written = 0;
    int page = 0;
    Page<ProjectView> batch;
    do {
      int number = page++;
      batch = projects.everyProject(number, BATCH);
      List<ProjectView> content = batch.getContent();
      seen += content.size();
      written += writeBatch(content, missingOnly);
      if (batch.getTotalElements() > 2_000 && page % 10 == 0) {
        log.info(
            "Dashboard read model: {} of {} projects checked, {} written",
            seen,
            batch.getTotalElements(),
            written);
      }
    } while (batch.hasNext());
    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info(
        "Dashboard read model {}: {} projects, {} rows written in {} ms",
        missingOnly ? "completed" : "rebuilt",
        seen,
        written,
        millis);
    return new Outcome(seen, written, millis);
  }
}
