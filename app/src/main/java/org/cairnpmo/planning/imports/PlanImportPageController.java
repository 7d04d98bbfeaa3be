package org.cairnpmo.planning.imports;

import java.io.IOException;
import java.io.InputStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page's import form ({@code templates/planning/import-fragment.html}): the file replaces
 * the plan, and the plan page shows what happened (the report as {@code planImport}, or what was
 * wrong with the file).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanImportPageController {

  private final PlanFileImports imports;

  @OnStaleVersion(
      message =
          "Someone else changed this plan while you were looking at it, so the file was not"
              + " imported. Here is the current plan; check it and import again.",
      redirect = "/projects/{projectId}/plan")
  @PostMapping("/projects/{projectId}/plan/import")
  String importPlan(
      @PathVariable long projectId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser me) {
    String name = file == null ? null : file.getOriginalFilename();
    try (InputStream content =
        file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      PlanImportReport report = imports.importFile(projectId, name, content, version, me);
      redirect.addFlashAttribute("planImport", report);
      redirect.addFlashAttribute(
          "flash",
          "Imported "
              + report.tasks()
              + " task(s) from "
              + report.file()
              + ": "
              + report.dates().bothMatch()
              + " of "
              + report.dates().compared()
              + " have the file's dates.");
    } catch (InvalidInputException | BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    } catch (IOException e) {
      redirect.addFlashAttribute(
          "flashError",
          PlanFileException.quoted(name) + " could not be received. Upload it again.");
    }
    return "redirect:/projects/" + projectId + "/plan";
  }
}
