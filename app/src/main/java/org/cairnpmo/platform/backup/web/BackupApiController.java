package org.cairnpmo.platform.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.backup.BackupFile;
import org.cairnpmo.platform.backup.DatabaseBackup;
import org.cairnpmo.platform.web.Attachments;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(
    name = "Backups",
    description =
        "Backups of the embedded H2 database, taken while Cairn runs, kept in"
            + " cairn.backup.directory. PostgreSQL is backed up with pg_dump (docs/backup.md)."
            + " Administrators only.")
@RestController
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
class BackupApiController {

  private static final String BASE = "/api/v1/admin/backups";

  static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private final DatabaseBackup backups;

  @Operation(
      summary = "The backups in the backup folder, newest first",
      description =
          "'scheduled' marks those made on cairn.backup.schedule, of which the newest"
              + " cairn.backup.keep are kept; an administrator's own are never deleted by Cairn.")
  @GetMapping(BASE)
  List<BackupFile> list() {
    return backups.list();
  }

  @Operation(
      summary = "Back the database up now",
      description =
          "201 with the new backup; 409 backup-by-database-tools on PostgreSQL. Restore with"
              + " --cairn.backup.restore-from=FILE on an empty database.")
  @PostMapping(BASE)
  ResponseEntity<BackupFile> backUp() {
    BackupFile backup = backups.backUp();
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(
            ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{name}")
                .buildAndExpand(backup.name())
                .toUri())
        .body(backup);
  }

  @Operation(summary = "Download one backup (a ZIP holding an H2 SQL script)")
  @GetMapping(BASE + "/{name}")
  ResponseEntity<Resource> download(@PathVariable String name) {
    return Attachments.file(backups.file(name), ZIP, name);
  }
}
