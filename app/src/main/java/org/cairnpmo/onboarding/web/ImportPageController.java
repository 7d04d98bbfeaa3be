package org.cairnpmo.onboarding.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.onboarding.domain.ImportFileException;
import org.cairnpmo.onboarding.domain.ImportKind;
import org.cairnpmo.onboarding.domain.ImportPlan;
import org.cairnpmo.onboarding.domain.OnboardingImports;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.tabular.ImportRejectedException;
import org.cairnpmo.platform.web.FlashActions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import's pages: upload (choose the kind and the file), then one page per upload with the
 * mapping (a select per field) and the dry run, and the buttons that apply or discard it.
 */
@Controller
@RequestMapping("/imports")
record ImportPageController(OnboardingImports imports) {

  static final String STALE =
      "The mapping was changed in another window since this page was drawn: here it is as it is"
          + " now.";

  @GetMapping
  String start(CurrentUser me, Model model) {
    return upload(me, model, null);
  }

  @PostMapping
  String upload(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "kind", required = false) String kind,
      CurrentUser me,
      Model model,
      HttpServletResponse response) {
    ImportKind chosen =
        Arrays.stream(ImportKind.values())
            .filter(k -> k.name().equals(kind))
            .findFirst()
            .orElse(null);
    try {
      if (chosen == null) {
        throw new ImportFileException("Choose what the file holds.", false);
      }
      ImportPlan plan =
          imports.upload(
              chosen,
              file == null ? null : file.getOriginalFilename(),
              ImportApiController.bytes(file),
              me);
      return "redirect:/imports/" + plan.id();
    } catch (ImportFileException e) {
      response.setStatus(e.tooLarge() ? 413 : HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("chosenKind", chosen);
      return upload(me, model, e.getMessage());
    }
  }

  private String upload(CurrentUser me, Model model, String error) {
    List<ImportKind> kinds = Arrays.stream(ImportKind.values()).filter(k -> k.allows(me)).toList();
    if (kinds.isEmpty()) {
      throw new AccessDeniedException("Only the PMO and administrators import");
    }
    model.addAttribute("kinds", kinds);
    model.addAttribute("fileError", error);
    model.addAttribute("maxMegabytes", OnboardingImports.MAX_FILE_BYTES / (1024 * 1024));
    model.addAttribute("maxRows", OnboardingImports.MAX_ROWS);
    return "onboarding/upload";
  }

  @GetMapping("/{id}")
  String plan(@PathVariable long id, CurrentUser me, Model model) {
    return show(imports.plan(id, me), model);
  }

  private static String show(ImportPlan plan, Model model) {
    model.addAttribute("plan", plan);
    return "onboarding/plan";
  }

  @PostMapping("/{id}/mapping")
  String map(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      CurrentUser me,
      RedirectAttributes redirect) {
    Map<String, String> mapping = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("map.")) {
            mapping.put(name.substring(4), value);
          }
        });
    long version = version(form.get("version"));
    FlashActions.run(redirect, STALE, () -> imports.remap(id, version, mapping, me));
    return "redirect:/imports/" + id;
  }

  @PostMapping("/{id}/apply")
  String apply(
      @PathVariable long id,
      @RequestParam(value = "version", required = false) String version,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      return FlashActions.run(redirect, STALE, () -> imports.apply(id, version(version), me))
          .map(
              done -> {
                redirect.addFlashAttribute(
                    "flash",
                    "Imported "
                        + done.fileName()
                        + ": "
                        + done.created()
                        + " created, "
                        + done.updated()
                        + " updated, "
                        + done.unchanged()
                        + " unchanged.");
                return "redirect:/imports";
              })
          .orElse("redirect:/imports/" + id);
    } catch (ImportRejectedException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("rejected", e);
      return show(imports.plan(id, me), model);
    }
  }

  @PostMapping("/{id}/discard")
  String discard(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
    imports.discard(id, me);
    redirect.addFlashAttribute("flash", "The upload was discarded; nothing was imported.");
    return "redirect:/imports";
  }

  private static long version(String text) {
    try {
      return Long.parseLong(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("version", "The version of the dry run is missing.");
    }
  }
}
