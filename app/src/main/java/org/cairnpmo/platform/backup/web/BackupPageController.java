package org.cairnpmo.platform.backup.web;

import java.util.List;
import org.cairnpmo.platform.backup.BackupFile;
import org.cairnpmo.platform.backup.BackupSettings;
import org.cairnpmo.platform.backup.DatabaseBackup;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.FlashActions;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' backups page (the security rules restrict /admin/** to ADMIN): the backups in
 * the folder with their downloads, and "Back up now". On PostgreSQL it points to pg_dump.
 */
@Controller
@RequestMapping("/admin/backups")
record BackupPageController(DatabaseBackup backups, BackupSettings settings) {

  @GetMapping
  String list(Model model) {
    boolean available = backups.available();
    model.addAttribute("available", available);
    model.addAttribute("backups", available ? backups.list() : List.<BackupFile>of());
    model.addAttribute("folder", settings.directory().toAbsolutePath().normalize().toString());
    model.addAttribute("scheduled", !"-".equals(settings.schedule().trim()));
    model.addAttribute("schedule", settings.schedule());
    model.addAttribute("keep", settings.keep());
    return "admin/backups";
  }

  @PostMapping
  String backUp(RedirectAttributes redirect) {
    FlashActions.run(redirect, null, backups::backUp)
        .ifPresent(
            made ->
                redirect.addFlashAttribute(
                    "flash",
                    "Backed the database up to "
                        + made.name()
                        + " ("
                        + made.sizeBytes()
                        + " bytes)."));
    return "redirect:/admin/backups";
  }

  @GetMapping("/{name}")
  ResponseEntity<Resource> download(@PathVariable String name) {
    return Attachments.file(backups.file(name), BackupApiController.ZIP, name);
  }
}
