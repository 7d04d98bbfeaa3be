package org.cairnpmo.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * An administrator backs the embedded database up while Cairn runs, and the backup read into an
 * empty database holds every record; on PostgreSQL the API names pg_dump instead.
 */
class DatabaseBackupTest extends ApiTestSupport {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired DatabaseBackup backups;
  @Autowired ScheduledBackupJob scheduledJob;

  @Test
  void a_backup_read_into_an_empty_database_holds_every_record() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    UserSummary someone = user(Role.MEMBER);
    if (!DatabaseRestore.isH2(dataSource)) {
      mvc.perform(post("/api/v1/admin/backups").with(as(admin)))
          .andExpect(status().isConflict())
          .andExpect(
              result -> assertThat(result.getResponse().getContentAsString()).contains("pg_dump"));
      return;
    }
    Map<String, Long> before = rowCounts(jdbc);

    MvcResult made =
        mvc.perform(post("/api/v1/admin/backups").with(as(admin)))
            .andExpect(status().isCreated())
            .andExpect(header().exists("Location"))
            .andReturn();
    Map<String, Long> after = rowCounts(jdbc);
    String name = read(made).get("name").asString();
    assertThat(name).matches("cairn-\\d{8}-\\d{6}(-\\d+)?\\.zip");
    assertThat(read(made).get("scheduled").asBoolean()).isFalse();

    byte[] zip =
        mvc.perform(get("/api/v1/admin/backups/" + name).with(as(admin)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/zip"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(zip, 0, 2)).isEqualTo("PK");
    JsonNode listed = read(mvc.perform(get("/api/v1/admin/backups").with(as(admin))).andReturn());
    List<String> names = new java.util.ArrayList<>();
    listed.forEach(backup -> names.add(backup.get("name").asString()));
    assertThat(names).contains(name);

    DriverManagerDataSource empty =
        new DriverManagerDataSource(
            "jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    DatabaseRestore.restore(empty, backups.file(name));
    JdbcTemplate restored = new JdbcTemplate(empty);
    Map<String, Long> counts = rowCounts(restored);

    // Other work may write while the backup is taken: each table holds at least what it held
    // before and at most what it held after.
    assertThat(counts.keySet()).isEqualTo(before.keySet());
    for (String table : before.keySet()) {
      assertThat(counts.get(table)).as(table).isBetween(before.get(table), after.get(table));
    }
    assertThat(
            restored.queryForObject(
                "select display_name from app_user where username = ?",
                String.class,
                someone.username()))
        .isEqualTo(someone.displayName());
    restored.execute("shutdown");
  }

  @Test
  void a_database_that_holds_tables_is_never_written_over() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    if (!DatabaseRestore.isH2(dataSource)) {
      return;
    }
    String name =
        read(mvc.perform(post("/api/v1/admin/backups").with(as(admin))).andReturn())
            .get("name")
            .asString();
    assertThatThrownBy(() -> DatabaseRestore.restore(dataSource, backups.file(name)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already holds tables");
  }

  @Test
  void only_administrators_make_list_and_download_backups() throws Exception {
    for (Role role :
        List.of(
            Role.PMO, Role.EXECUTIVE, Role.PROJECT_MANAGER, Role.RESOURCE_MANAGER, Role.MEMBER)) {
      UserSummary who = user(role);
      mvc.perform(post("/api/v1/admin/backups").with(as(who))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/admin/backups").with(as(who))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/admin/backups/cairn-20261207-120000.zip").with(as(who)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/admin/backups")).andExpect(status().isUnauthorized());
  }

  @Test
  void a_name_cairn_did_not_give_is_a_missing_backup() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    for (String name :
        List.of("..cairn-20261207-120000.zip", "cairn.mv.db", "cairn-20991231-235959.zip")) {
      mvc.perform(get("/api/v1/admin/backups/" + name).with(as(admin)))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void the_schedule_keeps_its_newest_backups_and_never_deletes_an_administrators()
      throws Exception {
    if (!DatabaseRestore.isH2(dataSource)) {
      assertThat(scheduledJob.run(2)).isNull();
      return;
    }
    BackupFile manual = backups.backUp();
    List<BackupFile> made = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      made.add(scheduledJob.run(2));
    }
    assertThat(made).allSatisfy(b -> assertThat(b.scheduled()).isTrue());
    assertThat(made.get(0).name()).startsWith("cairn-scheduled-");

    List<BackupFile> listed = backups.list();
    List<String> scheduled =
        listed.stream().filter(BackupFile::scheduled).map(BackupFile::name).toList();
    // The newest two scheduled backups stay, newest first; the oldest is gone from the disk.
    assertThat(scheduled).containsExactly(made.get(2).name(), made.get(1).name());
    assertThatThrownBy(() -> backups.file(made.get(0).name()))
        .isInstanceOf(org.cairnpmo.platform.NotFoundException.class);
    assertThat(listed).extracting(BackupFile::name).contains(manual.name());
    assertThat(backups.file(manual.name())).exists();
    assertThat(
            jdbc.queryForObject(
                "select detail from hst_audit where kind = 'BACKUP_MADE' and subject = ?",
                String.class,
                made.get(2).name()))
        .startsWith("scheduled, ")
        .contains("deleted " + made.get(0).name());
  }

  private static Map<String, Long> rowCounts(JdbcTemplate jdbc) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table :
        jdbc.queryForList(
            "select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
            String.class)) {
      counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
    }
    return counts;
  }
}
