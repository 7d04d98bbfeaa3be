package org.cairnpmo.onboarding.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.tabular.ImportRejectedException;
import org.cairnpmo.platform.tabular.RowProblem;
import org.cairnpmo.platform.tabular.Tabular;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk imports, step by step: upload (the file is kept for its uploader, with the mapping Cairn
 * proposes), a new mapping, the dry run, and apply: all rows or none, in one transaction, after the
 * dry run is made again against the records as they are at that moment.
 */
@Service
public class OnboardingImports {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(OnboardingImports.class);

  /** The largest file an import reads. */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  /** The most rows (below the header) one import takes. */
  public static final int MAX_ROWS = 5_000;

  /** How long an upload waits for its next step. */
  static final Duration KEPT_FOR = Duration.ofHours(24);

  private final PendingImports pending;
  private final Map<ImportKind, KindRows<?>> kinds = new EnumMap<>(ImportKind.class);
  private final Clock clock;

  OnboardingImports(PendingImports pending, List<KindRows<?>> kinds, Clock clock) {
    this.pending = pending;
    this.clock = clock;
    kinds.forEach(k -> this.kinds.put(k.kind(), k));
  }

  /** Keeps the file for its next steps and answers its dry run with the proposed mapping. */
  @Transactional
  public ImportPlan upload(ImportKind kind, String fileName, byte[] content, CurrentUser user) {
    requireAllowed(kind, user);
    if (content != null && content.length > MAX_FILE_BYTES) {
      throw new ImportFileException(
          "The file is larger than "
              + MAX_FILE_BYTES / (1024 * 1024)
              + " MB, the largest an"
              + " import reads. Import it in parts.",
          true);
    }
    String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    Table table = read(name, content);
    Instant now = clock.instant();
    pending.deleteExpired(now);
    String mapping = ColumnMapping.write(ColumnMapping.propose(kind, table.headers()));
    long id = pending.add(user.id(), kind, name, mapping, content, now, now.plus(KEPT_FOR));
    return shown(find(id, user), user);
  }

  /**
   * The dry run of the upload {@code id} with its mapping, against the records stored now; what it
   * shows is what apply holds the person to.
   */
  @Transactional
  public ImportPlan plan(long id, CurrentUser user) {
    return shown(find(id, user), user);
  }

  /**
   * Reads the columns as {@code mapping} says (field key to the header of its column; a field left
   * out is not imported), over the version the person saw, and answers the new dry run.
   */
  @Transactional
  public ImportPlan remap(
      long id, long expectedVersion, Map<String, String> mapping, CurrentUser user) {
    PendingImports.Pending upload = find(id, user);
    Table table = read(upload.fileName(), upload.content());
    var chosen = ColumnMapping.chosen(upload.kind(), table.headers(), mapping);
    pending.remap(upload, expectedVersion, ColumnMapping.write(chosen));
    return shown(find(id, user), user);
  }

  /**
   * Applies the import whose dry run the person saw ({@code expectedVersion}): the dry run is made
   * again, and if any row has a problem now (a code another person took meanwhile) nothing is
   * written and every problem is answered; otherwise every row is written in this transaction and
   * the upload is forgotten.
   */
  @Transactional
  public ImportSummary apply(long id, long expectedVersion, CurrentUser user) {
    PendingImports.Pending upload = find(id, user);
    if (upload.version() != expectedVersion) {
      throw new StaleVersionException(
          "The import of " + upload.fileName(), expectedVersion, upload.version());
    }
    long started = System.nanoTime();
    Dry dry = dryRun(upload, user);
    long checked = System.nanoTime();
    List<RowProblem> problems = new ArrayList<>(dry.fileProblems());
    dry.rows().forEach(r -> problems.addAll(r.plan().problems()));
    if (problems.isEmpty()) {
      problems.addAll(changedSince(upload.seen(), dry));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    // Said before the writes as well: an import that never says it was imported did not commit
    // (all or nothing), and the upload is still there to be applied again.
    log.info(
        "{} is importing {} rows of {} from {}",
        user.username(),
        dry.rows().size(),
        upload.kind(),
        upload.fileName());
    write(kinds.get(upload.kind()), dry.rows(), user);
    pending.delete(upload.id());
    log.info(
        "{} imported {} rows of {} from {}: checked in {} ms, written in {} ms",
        user.username(),
        dry.rows().size(),
        upload.kind(),
        upload.fileName(),
        (checked - started) / 1_000_000,
        (System.nanoTime() - checked) / 1_000_000);
    int created = count(dry.rows(), RowPlan.Action.CREATE);
    int updated = count(dry.rows(), RowPlan.Action.UPDATE);
    return new ImportSummary(
        upload.kind(),
        upload.fileName(),
        dry.rows().size(),
        created,
        updated,
        dry.rows().size() - created - updated);
  }

  /** Forgets the upload without importing it. */
  @Transactional
  public void discard(long id, CurrentUser user) {
    pending.delete(find(id, user).id());
  }

  /**
   * The dry run shown to the person, remembered row by row, so that apply can tell when a row would
   * now do something else (another person registered its code meanwhile).
   */
  private ImportPlan shown(PendingImports.Pending upload, CurrentUser user) {
    Dry dry = dryRun(upload, user);
    pending.remember(upload.id(), String.join("\n", fingerprints(dry).values()));
    return view(upload, dry);
  }

  private static Map<Integer, String> fingerprints(Dry dry) {
    Map<Integer, String> prints = new java.util.LinkedHashMap<>();
    for (KindRows.Planned<?> row : dry.rows()) {
      RowPlan plan = row.plan();
      prints.put(
          plan.row(),
          plan.row()
              + " "
              + plan.action()
              + " "
              + Integer.toHexString(java.util.Objects.hash(plan.key(), plan.changes())));
    }
    return prints;
  }

  private static List<RowProblem> changedSince(String seen, Dry dry) {
    java.util.Set<String> shown = java.util.Set.of(seen.split("\n"));
    List<RowProblem> problems = new ArrayList<>();
    Map<Integer, String> now = fingerprints(dry);
    for (KindRows.Planned<?> row : dry.rows()) {
      RowPlan plan = row.plan();
      if (!shown.contains(now.get(plan.row()))) {
        problems.add(
            new RowProblem(
                plan.row(),
                null,
                "Since the dry run you saw, "
                    + plan.key()
                    + " changed in Cairn: the row would now "
                    + (plan.action() == RowPlan.Action.UNCHANGED
                        ? "change nothing"
                        : plan.action().name().toLowerCase(java.util.Locale.ROOT))
                    + ". Nothing was imported; check the dry run again."));
      }
    }
    return problems;
  }

  @SuppressWarnings("unchecked")
  private static <T> void write(
      KindRows<T> kind, List<? extends KindRows.Planned<?>> rows, CurrentUser user) {
    kind.apply((List<KindRows.Planned<T>>) rows, user);
  }

  private static int count(List<? extends KindRows.Planned<?>> rows, RowPlan.Action action) {
    return (int) rows.stream().filter(r -> r.plan().action() == action).count();
  }

  // ---------------------------------------------------------------- the dry run

  private record Table(List<String> headers, List<KindRows.DataRow> rows) {}

  private record Dry(
      Table table,
      Map<String, Integer> mapping,
      List<RowProblem> fileProblems,
      List<? extends KindRows.Planned<?>> rows) {}

  private Dry dryRun(PendingImports.Pending upload, CurrentUser user) {
    requireAllowed(upload.kind(), user);
    Table table = read(upload.fileName(), upload.content());
    Map<String, Integer> mapping = ColumnMapping.read(upload.mapping());
    List<RowProblem> fileProblems = new ArrayList<>();
    for (ImportField field : upload.kind().fields()) {
      if (field.required() && !mapping.containsKey(field.key())) {
        fileProblems.add(
            new RowProblem(
                1,
                field.label(),
                "No column is read as " + field.label().toLowerCase() + ": choose its column."));
      }
    }
    if (upload.kind() == ImportKind.PEOPLE
        && !mapping.containsKey("username")
        && !mapping.containsKey("email")) {
      fileProblems.add(
          new RowProblem(1, "Username", "Choose the column of the username or of the e-mail."));
    }
    List<? extends KindRows.Planned<?>> rows =
        fileProblems.isEmpty()
            ? kinds.get(upload.kind()).plan(table.headers(), mapping, table.rows(), user)
            : List.of();
    return new Dry(table, mapping, fileProblems, rows);
  }

  private ImportPlan view(PendingImports.Pending upload, Dry dry) {
    List<RowPlan> rows = dry.rows().stream().map(KindRows.Planned::plan).toList();
    int withProblems = (int) rows.stream().filter(r -> !r.problems().isEmpty()).count();
    List<ImportPlan.FieldColumn> mapping =
        upload.kind().fields().stream()
            .map(
                f -> {
                  Integer column = dry.mapping().get(f.key());
                  return new ImportPlan.FieldColumn(
                      f.key(),
                      f.label(),
                      f.required(),
                      column == null ? null : dry.table().headers().get(column));
                })
            .toList();
    return new ImportPlan(
        upload.id(),
        upload.version(),
        upload.kind(),
        upload.fileName(),
        upload.expiresAt(),
        dry.table().headers(),
        mapping,
        new ImportPlan.Counts(
            rows.size(),
            (int) rows.stream().filter(r -> r.action() == RowPlan.Action.CREATE).count(),
            (int) rows.stream().filter(r -> r.action() == RowPlan.Action.UPDATE).count(),
            (int) rows.stream().filter(r -> r.action() == RowPlan.Action.UNCHANGED).count(),
            withProblems),
        dry.fileProblems().isEmpty() && withProblems == 0 && !rows.isEmpty(),
        dry.fileProblems(),
        rows);
  }

  private static Table read(String fileName, byte[] content) {
    List<List<Object>> records;
    try {
      records = Tabular.read(fileName, content, MAX_ROWS);
    } catch (Tabular.UnreadableFileException e) {
      throw new ImportFileException(e.getMessage(), false);
    }
    if (records.isEmpty() || Tabular.isBlank(records.get(0))) {
      throw new ImportFileException("The first row must name the columns.", false);
    }
    List<String> headers = records.get(0).stream().map(Tabular::text).toList();
    List<KindRows.DataRow> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      if (!Tabular.isBlank(records.get(r))) {
        rows.add(new KindRows.DataRow(r + 1, records.get(r)));
      }
    }
    if (rows.isEmpty()) {
      throw new ImportFileException("The file has a header but no rows.", false);
    }
    if (rows.size() > MAX_ROWS) {
      throw new ImportFileException(
          "An import takes at most " + MAX_ROWS + " rows: split the file.", false);
    }
    return new Table(headers, rows);
  }

  /** The person's upload (404 for anyone else's), if they may still import its kind (403). */
  private PendingImports.Pending find(long id, CurrentUser user) {
    PendingImports.Pending upload =
        pending
            .find(id, user.id(), clock.instant())
            .orElseThrow(() -> new NotFoundException("Import", id));
    requireAllowed(upload.kind(), user);
    return upload;
  }

  private static void requireAllowed(ImportKind kind, CurrentUser user) {
    if (!kind.allows(user)) {
      throw new AccessDeniedException(
          kind == ImportKind.PROJECTS
              ? "Only the PMO and administrators import projects"
              : "Only administrators import people and departments");
    }
  }
}
