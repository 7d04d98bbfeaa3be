package org.cairnpmo.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' backups page: the list with downloads, "Back up now" with its message, the
 * empty folder, and on PostgreSQL the way to pg_dump instead. Who may open it is a row of the
 * history and audit table ({@code HistoryPermissionTest}).
 */
class BackupPageTest extends IntegrationTest {

  @Autowired DataSource dataSource;
  @Autowired DatabaseBackup backups;
  @Autowired BackupSettings settings;

  @Test
  void an_administrator_backs_up_from_the_page_and_downloads_the_backup() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    if (!DatabaseRestore.isH2(dataSource)) {
      mvc.perform(get("/admin/backups").with(signedInAs(admin)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("pg_dump")))
          .andExpect(content().string(containsString("scripts/backup-postgres.sh")))
          .andExpect(content().string(not(containsString("back-up-now"))));
      return;
    }
    var made =
        mvc.perform(post("/admin/backups").with(signedInAs(admin)).with(csrf()))
            .andExpect(redirectedUrl("/admin/backups"))
            .andReturn();
    String message = (String) made.getFlashMap().get("flash");
    assertThat(message).startsWith("Backed the database up to cairn-");
    String name = message.substring("Backed the database up to ".length()).split(" ")[0];

    mvc.perform(get("/admin/backups").with(signedInAs(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("back-up-now")))
        .andExpect(content().string(containsString("/admin/backups/" + name)))
        .andExpect(content().string(containsString("An administrator")))
        .andExpect(content().string(containsString("No backups are scheduled")));
    byte[] zip =
        mvc.perform(get("/admin/backups/" + name).with(signedInAs(admin)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/zip"))
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(zip, 0, 2)).isEqualTo("PK");
    mvc.perform(get("/admin/backups/cairn.mv.db").with(signedInAs(admin)))
        .andExpect(status().isNotFound());
    // Without the form's token nothing is written.
    mvc.perform(post("/admin/backups").with(signedInAs(admin))).andExpect(status().isForbidden());
  }

  @Test
  void the_menu_under_an_administrators_name_links_the_page() throws Exception {
    mvc.perform(get("/profile").with(signedInAs(user(Role.ADMIN))))
        .andExpect(content().string(containsString("href=\"/admin/backups\"")));
    mvc.perform(get("/profile").with(signedInAs(user(Role.PMO))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/admin/backups"))));
  }

  @Test
  void an_empty_folder_says_there_are_no_backups_yet() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    if (!DatabaseRestore.isH2(dataSource)) {
      return;
    }
    // The tests share one backup folder: set it aside for the one page load.
    Path folder = settings.directory().toAbsolutePath().normalize();
    Path aside = folder.resolveSibling(folder.getFileName() + "-aside");
    boolean moved = Files.isDirectory(folder);
    if (moved) {
      Files.move(folder, aside);
    }
    try {
      mvc.perform(get("/admin/backups").with(signedInAs(admin)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("No backups yet")))
          .andExpect(content().string(not(containsString("id=\"backups\""))));
    } finally {
      if (moved) {
        Files.move(aside, folder);
      }
    }
  }

  @Test
  void a_refused_backup_is_said_above_the_page() throws Exception {
    UserSummary admin = user(Role.ADMIN);
    if (DatabaseRestore.isH2(dataSource)) {
      return;
    }
    mvc.perform(post("/admin/backups").with(signedInAs(admin)).with(csrf()))
        .andExpect(redirectedUrl("/admin/backups"))
        .andExpect(flash().attribute("flashError", containsString("pg_dump")));
  }
}
