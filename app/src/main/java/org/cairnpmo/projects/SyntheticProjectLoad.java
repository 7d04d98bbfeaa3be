package org.cairnpmo.projects;

import java.util.List;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a module gives the synthetic projects of {@code cairn.demo.projects=N} (codes {@code
 * SYN-...}) their data: thousands of projects through the entities would take minutes, so the rows
 * are written with JDBC batches straight into the module's own tables, {@value #CHUNK} projects at
 * a time (one transaction each, so a stopped load keeps whole chunks), with progress in the log.
 */
@RequiredArgsConstructor
public final class SyntheticProjectLoad {

  /** The code prefix of the synthetic projects. */
  public static final String PREFIX = "SYN-";

  /** Projects per chunk. */
  public static final int CHUNK = 500;

  private static final int BATCH = 1000;

  private final Logger log;
  private final String label;
  private final long started = System.nanoTime();

  /** A load that logs as {@code label}, e.g. "Synthetic budgets"; its clock starts now. */
  /**
   * Runs {@code load} with a new load logging as {@code label}, unless no synthetic projects are
   * {@code wanted}. A failure is logged, not thrown: the start goes on, the chunks already written
   * stay (each is whole) and the next start completes the rest.
   */
  public static void ifWanted(
      int wanted, Logger log, String label, Consumer<SyntheticProjectLoad> load) {
    if (wanted <= 0) {
      return;
    }
    try {
      load.accept(new SyntheticProjectLoad(log, label));
    } catch (RuntimeException e) {
      log.error("{}: stopped: {}", label, e.getMessage(), e);
    }
  }

  /** The project's number, the seed of its data (a hand-made SYN- code falls back to a hash). */
  public static long number(ProjectOutline project) {
    String code = project.code();
    String digits = code.substring(PREFIX.length());
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : code.hashCode();
  }

  /** Hands {@code targets} to {@code load} a chunk at a time, logging progress after each. */
  public void inChunks(List<ProjectOutline> targets, Consumer<List<ProjectOutline>> load) {
    for (int from = 0; from < targets.size(); from += CHUNK) {
      int to = Math.min(from + CHUNK, targets.size());
      load.accept(targets.subList(from, to));
      log.info("{}: {} / {} projects done ({} ms).", label, to, targets.size(), millis());
    }
  }

  /** Milliseconds since the load began. */
  public long millis() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** Inserts {@code rows} with {@code sql}, whose parameters are each row's values in order. */
  public static void insert(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        sql,
        rows,
        BATCH,
        (ps, row) -> {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
        });
  }
}
