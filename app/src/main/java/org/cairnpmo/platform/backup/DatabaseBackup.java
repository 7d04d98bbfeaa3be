package org.cairnpmo.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An administrator's backup of the embedded H2 database, taken while Cairn runs: H2's {@code
 * SCRIPT} writes every table's definition and rows as one compressed SQL script, which any later H2
 * reads back ({@link DatabaseRestore}). PostgreSQL is backed up with its own tools (pg_dump; see
 * {@code docs/backup.md}), so here it is refused with the command to use.
 */
@Service
public class DatabaseBackup {

  /** The names Cairn gives its backups; nothing else in the folder is listed or served. */
  static final Pattern NAME = Pattern.compile("cairn-\\d{8}-\\d{6}(-\\d+)?\\.zip");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

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

  /** Writes a new backup into the backup folder and returns it. */
  public synchronized BackupFile backUp() {
    if (!DatabaseRestore.isH2(dataSource)) {
      throw new BusinessRuleException(
          "backup-by-database-tools",
          "Cairn backs up its embedded H2 database only. Back PostgreSQL up with pg_dump:"
              + " scripts/backup-postgres.sh (see docs/backup.md).");
    }
    Path folder = settings.directory().toAbsolutePath().normalize();
    Path file = freshFile(folder);
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
    BackupFile backup = describe(file);
    audit.record(AuditKind.BACKUP_MADE, backup.name(), backup.sizeBytes() + " bytes");
    return backup;
  }

  /** The backups in the folder, newest first. */
  public List<BackupFile> list() {
    Path folder = settings.directory().toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .map(DatabaseBackup::describe)
          .sorted(Comparator.comparing(BackupFile::name).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of the backup called {@code name}; a name Cairn did not give is a missing one. */
  public Path file(String name) {
    Path folder = settings.directory().toAbsolutePath().normalize();
    if (name == null || !NAME.matcher(name).matches()) {
      throw new NotFoundException("Backup", name);
    }
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException("Backup", name);
    }
    return file;
  }

  private Path freshFile(Path folder) {
    String stamp = STAMP.format(clock.instant());
    Path file = folder.resolve("cairn-" + stamp + ".zip");
    for (int n = 2; Files.exists(file); n++) {
      file = folder.resolve("cairn-" + stamp + "-" + n + ".zip");
    }
    return file;
  }

  private static BackupFile describe(Path file) {
    try {
      return new BackupFile(
          file.getFileName().toString(),
          Files.size(file),
          Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
