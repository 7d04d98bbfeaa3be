package org.cairnpmo.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A backup of the embedded H2 database, taken while Cairn runs, by an administrator or on {@code
 * cairn.backup.schedule}: H2's {@code SCRIPT} writes every table's definition and rows as one
 * compressed SQL script, which any later H2 reads back ({@link DatabaseRestore}). PostgreSQL is
 * backed up with its own tools (pg_dump; see {@code docs/backup.md}), so here it is refused with
 * the command to use.
 *
 * <p>Whether the schedule made a backup is in its name ({@code cairn-scheduled-…}), so that it
 * outlives restarts and a copied folder without a record elsewhere: the retention count deletes the
 * oldest scheduled backups only, never one an administrator asked for.
 */
@Service
public class DatabaseBackup {

  /** The names Cairn gives its backups; nothing else in the folder is listed or served. */
  static final Pattern NAME = Pattern.compile("cairn-(scheduled-)?(\\d{8}-\\d{6})(-(\\d+))?\\.zip");

  private static final String SCHEDULED = "scheduled-";

  /** Newest first: by the time in the name, then by the number a second backup in it got. */
  private static final Comparator<BackupFile> NEWEST_FIRST =
      Comparator.comparing((BackupFile b) -> stamp(b.name()))
          .thenComparing(b -> sequence(b.name()))
          .thenComparing(BackupFile::name)
          .reversed();

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final BackupSettings settings;
  private final Clock clock;
  private final AuditLog audit;

  DatabaseBackup(
      JdbcTemplate jdbc,
      DataSource dataSource,
      BackupSettings settings,
      Clock clock,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.settings = settings;
    this.clock = clock;
    this.audit = audit;
  }

  /** Whether Cairn backs this database up itself (H2); PostgreSQL is backed up with pg_dump. */
  public boolean available() {
    return DatabaseRestore.isH2(dataSource);
  }

  /**
   * An administrator's backup: written into the backup folder and kept until someone deletes it.
   */
  public BackupFile backUp() {
    BackupFile backup = write("");
    audit.record(AuditKind.BACKUP_MADE, backup.name(), backup.sizeBytes() + " bytes");
    return backup;
  }

  /**
   * A scheduled backup: written, then the scheduled backups beyond the newest {@code keep} are
   * deleted (an administrator's never are). The audit entry names both.
   */
  public BackupFile backUpOnSchedule(int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one scheduled backup, not " + keep);
    }
    BackupFile backup = write(SCHEDULED);
    List<String> deleted = new ArrayList<>();
    List<BackupFile> scheduled = list().stream().filter(BackupFile::scheduled).toList();
    for (BackupFile old : scheduled.subList(Math.min(keep, scheduled.size()), scheduled.size())) {
      try {
        Files.deleteIfExists(folder().resolve(old.name()));
        deleted.add(old.name());
      } catch (IOException e) {
        // The backup just made stands; the old one is tried again at the next run.
        log.warn("Could not delete the old scheduled backup {}: {}", old.name(), e.getMessage());
      }
    }
    audit.record(
        AuditKind.BACKUP_MADE,
        backup.name(),
        "scheduled, "
            + backup.sizeBytes()
            + " bytes"
            + (deleted.isEmpty() ? "" : "; deleted " + String.join(", ", deleted)));
    return backup;
  }

  private synchronized BackupFile write(String kind) {
    if (!DatabaseRestore.isH2(dataSource)) {
      throw new BusinessRuleException(
          "backup-by-database-tools",
          "Cairn backs up its embedded H2 database only. Back PostgreSQL up with pg_dump:"
              + " scripts/backup-postgres.sh (see docs/backup.md).");
    }
    Path folder = folder();
    Path file = freshFile(folder, kind);
    try {
      Files.createDirectories(folder);
      Path partial = folder.resolve(file.getFileName() + ".part");
      // The path is Cairn's own (a folder from the settings and a generated name), never a
      // caller's text; quotes are doubled all the same, as SQL string literals want.
      jdbc.execute("SCRIPT TO '" + partial.toString().replace("'", "''") + "' COMPRESSION ZIP");
      Files.move(partial, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return describe(file);
  }

  /** The backups in the folder, newest first. */
  public List<BackupFile> list() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .map(DatabaseBackup::describe)
          .sorted(NEWEST_FIRST)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of the backup called {@code name}; a name Cairn did not give is a missing one. */
  public Path file(String name) {
    Path folder = folder();
    if (name == null || !NAME.matcher(name).matches()) {
      throw new NotFoundException("Backup", name);
    }
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException("Backup", name);
    }
    return file;
  }

  private Path folder() {
    return settings.directory().toAbsolutePath().normalize();
  }

  private Path freshFile(Path folder, String kind) {
    String stamp = STAMP.format(clock.instant());
    Path file = folder.resolve("cairn-" + kind + stamp + ".zip");
    for (int n = 2; Files.exists(file); n++) {
      file = folder.resolve("cairn-" + kind + stamp + "-" + n + ".zip");
    }
    return file;
  }

  private static String stamp(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() ? m.group(2) : "";
  }

  private static int sequence(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() && m.group(4) != null ? Integer.parseInt(m.group(4)) : 1;
  }

  private static BackupFile describe(Path file) {
    try {
      String name = file.getFileName().toString();
      return new BackupFile(
          name,
          Files.size(file),
          Files.getLastModifiedTime(file).toInstant(),
          name.startsWith("cairn-" + SCHEDULED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
