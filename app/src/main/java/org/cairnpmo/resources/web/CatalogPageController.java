package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.SkillLevel;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The role catalog and the equipment and facilities: lists for everyone, forms for editors. The two
 * differ only in their entries' types, their address and what their pages are called, so each is a
 * small subclass naming these ({@link Entries}).
 */
abstract class CatalogPageController<F extends CatalogPageController.EntryForm<D>, D, V> {

  /**
   * A generic role as its form sends it; required skills one per line as "skill: level", other
   * names one per line.
   */
  record RoleForm(
      String name,
      String purpose,
      String responsibilities,
      String defaultRate,
      String requiredSkills,
      String otherNames,
      Long version)
      implements EntryForm<RoleData> {

    static final RoleForm EMPTY = new RoleForm(null, null, null, null, null, null, null);

    static RoleForm of(RoleView r) {
      return new RoleForm(
          r.name(),
          r.purpose(),
          r.responsibilities(),
          FormInput.text(r.defaultRate()),
          r.requiredSkills().stream()
              .map(s -> s.skill() + ": " + s.proficiency())
              .collect(Collectors.joining("\n")),
          String.join("\n", r.otherNames()),
          r.version());
    }

    @Override
    public RoleData toData(List<FieldProblem> problems) {
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
          FormInput.lines(otherNames),
          version);
    }
  }

  /** Equipment as its form sends it. */
  record EquipmentForm(String name, String kind, String quantity, String costRate, Long version)
      implements EntryForm<EquipmentData> {

    static final EquipmentForm EMPTY = new EquipmentForm(null, null, "1", null, null);

    static EquipmentForm of(EquipmentView e) {
      return new EquipmentForm(
          e.name(),
          e.kind(),
          Integer.toString(e.quantity()),
          FormInput.text(e.costRate()),
          e.version());
    }

    @Override
    public EquipmentData toData(List<FieldProblem> problems) {
      return new EquipmentData(
          name,
          kind,
          FormInput.integer(quantity, "quantity", "Give a whole number, such as 3.", problems),
          FormInput.decimal(
              costRate, "costRate", "Give the rate as a number, such as 25.", problems),
          version);
    }
  }

  /** A catalog entry's form as it is sent: read into the data the service saves. */
  interface EntryForm<D> {

    D toData(List<FieldProblem> problems);

    Long version();
  }

  /**
   * What the role and the equipment pages differ in: their address below /resources (also the name
   * of the list page and its model attribute), the entry's attribute and form page, the empty form
   * and the form of an entry, the catalog's steps, the form field a problem shows next to, and the
   * message once saved, and the entry's kind in the change log.
   */
  record Entries<F, D, V>(
      String path,
      String itemAttribute,
      String formView,
      F empty,
      Function<V, F> formOf,
      CatalogEntries<D, V> steps,
      UnaryOperator<String> fieldOf,
      Function<V, String> saved,
      String historyKind) {}

  private final Entries<F, D, V> entries;
  private final HistoryPanel history;

  CatalogPageController(Entries<F, D, V> entries, HistoryPanel history) {
    this.entries = entries;
    this.history = history;
  }

  @GetMapping
  String list(CurrentUser viewer, Model model) {
    model.addAttribute(entries.path(), entries.steps().all().apply(viewer));
    model.addAttribute("ratesShown", ResourcesAccess.seesRates(viewer));
    model.addAttribute("editor", ResourcesAccess.editsPool(viewer));
    return "resources/" + entries.path();
  }

  @GetMapping("/new")
  String newEntry(CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    return form(null, entries.empty(), Map.of(), model);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, CurrentUser viewer, Model model) {
    PoolPageController.requireEditor(viewer);
    V entry = entries.steps().one().apply(id, viewer);
    history.addTo(model, entries.historyKind(), id);
    return form(entry, entries.formOf().apply(entry), Map.of(), model);
  }

  @PostMapping({"", "/{id}"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") F form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PoolPageController.requireEditor(editor);
    V entry = id == null ? null : entries.steps().one().apply(id, editor);
    List<FieldProblem> problems = new ArrayList<>();
    D data = form.toData(problems);
    Optional<V> saved =
        FormProblems.attempt(
            binding,
            problems,
            model,
            response,
            "Someone else changed this meanwhile: reload it and apply your changes again.",
            () ->
                id == null
                    ? entries.steps().create().apply(data, editor)
                    : entries
                        .steps()
                        .update()
                        .apply(id, data, EditForm.editedVersion(form.version()), editor));
    if (saved.isEmpty()) {
      return form(entry, form, FormProblems.of(binding, problems, entries.fieldOf()), model);
    }
    redirect.addFlashAttribute("flash", entries.saved().apply(saved.get()));
    return "redirect:/resources/" + entries.path();
  }

  private String form(V entry, F form, Map<String, String> errors, Model model) {
    model.addAttribute(entries.itemAttribute(), entry);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return entries.formView();
  }

  @Controller
  @RequestMapping("/resources/roles")
  static class Roles extends CatalogPageController<RoleForm, RoleData, RoleView> {

    Roles(CatalogService catalog, HistoryPanel history) {
      super(
          new Entries<>(
              "roles",
              "role",
              "resources/role-form",
              RoleForm.EMPTY,
              RoleForm::of,
              CatalogEntries.roles(catalog),
              PersonForm::field,
              r -> "Saved the role " + r.name() + ".",
              "job-role"),
          history);
    }
  }

  @Controller
  @RequestMapping("/resources/equipment")
  static class Equipment
      extends CatalogPageController<EquipmentForm, EquipmentData, EquipmentView> {

    Equipment(CatalogService catalog, HistoryPanel history) {
      super(
          new Entries<>(
              "equipment",
              "item",
              "resources/equipment-form",
              EquipmentForm.EMPTY,
              EquipmentForm::of,
              CatalogEntries.equipment(catalog),
              f -> f,
              e -> "Saved " + e.name() + ".",
              "equipment"),
          history);
    }
  }
}
