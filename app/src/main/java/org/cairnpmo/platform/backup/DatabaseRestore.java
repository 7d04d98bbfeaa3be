package org.cairnpmo.platform.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Restores a backup of {@link DatabaseBackup} at start, before the schema migrations run: {@code
 * --cairn.backup.restore-from=FILE} on an empty H2 database reads the script into it, and Flyway
 * then brings the restored schema up to this version of Cairn. A database that already holds tables
 * is never written over: Cairn refuses to start and says why.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRestore {

  @Bean
  FlywayMigrationStrategy restoreThenMigrate(BackupSettings settings, DataSource dataSource) {
    return flyway -> {
      if (settings.restoreFrom() != null) {
        restore(dataSource, settings.restoreFrom());
      }
      flyway.migrate();
    };
  }

  /** Reads the backup {@code file} into the empty H2 database behind {@code dataSource}. */
  public static void restore(DataSource dataSource, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "cairn.backup.restore-from names " + file + ", which is not a file");
    }
    if (!isH2(dataSource)) {
      throw new IllegalStateException(
          "cairn.backup.restore-from restores the embedded H2 database only; restore PostgreSQL"
              + " with scripts/restore-postgres.sh (see docs/backup.md)");
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet tables =
          statement.executeQuery(
              "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
        tables.next();
        if (tables.getLong(1) > 0) {
          throw new IllegalStateException(
              "cairn.backup.restore-from: the database already holds tables; restore into a new"
                  + " one (an empty data folder, or another spring.datasource.url)");
        }
      }
      statement.execute(
          "RUNSCRIPT FROM '"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "' COMPRESSION ZIP");
    } catch (SQLException e) {
      throw new IllegalStateException("Restoring " + file + " failed: " + e.getMessage(), e);
    }
  }

  static boolean isH2(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
