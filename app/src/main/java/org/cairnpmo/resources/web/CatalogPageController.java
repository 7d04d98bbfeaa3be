package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.StaleVersionPages;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The role catalog and the equipment and facilities: lists for everyone, forms for editors. */
@Controller
@RequestMapping("/resources")
record CatalogPageController(CatalogService catalog) {

  /** A generic role as its form sends it; required skills one per line as "skill: level". */
  record RoleForm(
      String name,
      String purpose,
      String responsibilities,
      String defaultRate,
      String requiredSkills,
      Long version) {

    static final RoleForm EMPTY = new RoleForm(null, null, null, null, null, null);

    static RoleForm of(RoleView r) {
      return new RoleForm(
          r.name(),
          r.purpose(),
          r.responsibilities(),
          FormInput.text(r.defaultRate()),
          r.requiredSkills().stream()
              .map(s -> s.skill() + ": " + s.proficiency())
              .collect(Collectors.joining("\n")),
          r.version());
    }

    RoleData toData(List<FieldProblem> problems) {
      List<SkillLevel> skills = new ArrayList<>();
      for (String line : FormInput.lines(requiredSkills)) {
        int colon = line.lastIndexOf(':');
        Integer level = null;
        if (colon > 0) {
          level =
              FormInput.integer(
                  line.substring(colon + 1),
                  "requiredSkills",
                  "Write each skill as 'skill: level' (1 to 5), such as 'Java: 4': " + line,
                  problems);
        } else {
          problems.add(
              new FieldProblem(
                  "requiredSkills",
                  "Write each skill as 'skill: level' (1 to 5), such as 'Java: 4': " + line));
        }
        if (level != null) {
          skills.add(new SkillLevel(line.substring(0, colon), level));
        }
      }
      return new RoleData(
          name,
          purpose,
          responsibilities,
          FormInput.decimal(
              defaultRate, "defaultRate", "Give the rate as a number, such as 85.50.", problems),
          skills,
          version);
    }
  }

  /** Equipment as its form sends it. */
  record EquipmentForm(String name, String kind, String quantity, String costRate, Long version) {

    static final EquipmentForm EMPTY = new EquipmentForm(null, null, "1", null, null);

    static EquipmentForm of(EquipmentView e) {
      return new EquipmentForm(
          e.name(),
          e.kind(),
          Integer.toString(e.quantity()),
          FormInput.text(e.costRate()),
          e.version());
    }

    EquipmentData toData(List<FieldProblem> problems) {
      return new EquipmentData(
          name,
          kind,
          FormInput.integer(quantity, "quantity", "Give a whole number, such as 3.", problems),
          FormInput.decimal(
              costRate, "costRate", "Give the rate as a number, such as 25.", problems),
          version);
    }
  }

  // ---------------------------------------------------------------- roles

  @GetMapping("/roles")
  String roles(CurrentUser viewer, Model model) {
    model.addAttribute("roles", catalog.roles(viewer));
    model.addAttribute("ratesShown", ResourcesAccess.seesRates(viewer));
    model.addAttribute("editor", ResourcesAccess.editsPool(viewer));
    return "resources/roles";
  }

  @GetMapping("/roles/new")
  String newRole(CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    return roleForm(null, RoleForm.EMPTY, Map.of(), model);
  }

  @GetMapping("/roles/{id}")
  String editRole(@PathVariable long id, CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    RoleView role = catalog.role(id, viewer);
    return roleForm(role, RoleForm.of(role), Map.of(), model);
  }

  @PostMapping({"/roles", "/roles/{id}"})
  String saveRole(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") RoleForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PoolPageController.requireEditor(editor);
    RoleView role = id == null ? null : catalog.role(id, editor);
    List<FieldProblem> problems = new ArrayList<>();
    RoleData data = form.toData(problems);
    RoleView saved =
        save(
            binding,
            problems,
            model,
            response,
            () ->
                id == null
                    ? catalog.createRole(data, editor)
                    : catalog.updateRole(
                        id, data.editing(form.version() == null ? -1 : form.version()), editor));
    if (saved == null) {
      return roleForm(role, form, FormProblems.of(binding, problems, PersonForm::field), model);
    }
    redirect.addFlashAttribute("flash", "Saved the role " + saved.name() + ".");
    return "redirect:/resources/roles";
  }

  private String roleForm(RoleView role, RoleForm form, Map<String, String> errors, Model model) {
    model.addAttribute("role", role);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "resources/role-form";
  }

  // ---------------------------------------------------------------- equipment

  @GetMapping("/equipment")
  String equipment(CurrentUser viewer, Model model) {
    model.addAttribute("equipment", catalog.equipment(viewer));
    model.addAttribute("ratesShown", ResourcesAccess.seesRates(viewer));
    model.addAttribute("editor", ResourcesAccess.editsPool(viewer));
    return "resources/equipment";
  }

  @GetMapping("/equipment/new")
  String newEquipment(CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    return equipmentForm(null, EquipmentForm.EMPTY, Map.of(), model);
  }

  @GetMapping("/equipment/{id}")
  String editEquipment(@PathVariable long id, CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    EquipmentView item = catalog.equipment(id, viewer);
    return equipmentForm(item, EquipmentForm.of(item), Map.of(), model);
  }

  @PostMapping({"/equipment", "/equipment/{id}"})
  String saveEquipment(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") EquipmentForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PoolPageController.requireEditor(editor);
    EquipmentView item = id == null ? null : catalog.equipment(id, editor);
    List<FieldProblem> problems = new ArrayList<>();
    EquipmentData data = form.toData(problems);
    EquipmentView saved =
        save(
            binding,
            problems,
            model,
            response,
            () ->
                id == null
                    ? catalog.createEquipment(data, editor)
                    : catalog.updateEquipment(
                        id, data.editing(form.version() == null ? -1 : form.version()), editor));
    if (saved == null) {
      return equipmentForm(item, form, FormProblems.of(binding, problems, f -> f), model);
    }
    redirect.addFlashAttribute("flash", "Saved " + saved.name() + ".");
    return "redirect:/resources/equipment";
  }

  private String equipmentForm(
      EquipmentView item, EquipmentForm form, Map<String, String> errors, Model model) {
    model.addAttribute("item", item);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "resources/equipment-form";
  }

  /** Saves unless the form has problems; null when the form must be drawn again. */
  private static <T> T save(
      BindingResult binding,
      List<FieldProblem> problems,
      Model model,
      HttpServletResponse response,
      Supplier<T> save) {
    if (binding.hasErrors() || !problems.isEmpty()) {
      return null;
    }
    try {
      return save.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (RuntimeException e) {
      if (!StaleVersionPages.isStale(e)) {
        throw e;
      }
      model.addAttribute("conflict", true);
      problems.add(
          new FieldProblem(
              "", "Someone else changed this meanwhile: reload it and apply your changes again."));
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return null;
  }
}
