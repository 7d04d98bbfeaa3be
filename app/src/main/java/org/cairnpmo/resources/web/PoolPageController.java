package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.PersonView;
import org.cairnpmo.resources.PoolFilter;
import org.cairnpmo.resources.RateData;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pool's pages: the searchable list, a person's page, and the person form. */
@Controller
@RequestMapping("/resources")
record PoolPageController(
    PoolService pool,
    CatalogService catalog,
    OrganizationApi organization,
    IdentityApi identity,
    HistoryPanel historyPanel) {

  static final int PAGE_SIZE = 25;

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) Long role,
      @RequestParam(required = false) String skill,
      @RequestParam(required = false) String competency,
      @RequestParam(required = false) String competencyLevel,
      @RequestParam(required = false) String certification,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      CurrentUser viewer,
      Model model) {
    // Competency and certification are for those who staff; the form offers them to them only.
    boolean staffs = ResourcesAccess.editsPool(viewer);
    String wanted =
        staffs && competency != null && !competency.isBlank() ? competency.strip() : null;
    Integer least = null;
    if (wanted != null && competencyLevel != null && competencyLevel.strip().matches("[1-5]")) {
      least = Integer.valueOf(competencyLevel.strip());
    }
    CertificationKind scheme =
        staffs ? FormInput.choice(certification, CertificationKind.class, null) : null;
    PoolFilter filter = new PoolFilter(q, department, role, skill, wanted, least, scheme);
    Page<PersonView> results =
        Paging.showing(page, PAGE_SIZE, Sort.by("name", "id"), p -> pool.search(filter, p, viewer));
    model.addAttribute("filter", filter);
    model.addAttribute(
        "filtered",
        q != null && !q.isBlank()
            || department != null
            || role != null
            || skill != null && !skill.isBlank()
            || filter.asksLearning());
    model.addAttribute("results", results);
    model.addAttribute(
        "nav",
        PageNav.of(
            results,
            PageNav.link(
                "/resources",
                "q",
                q,
                "department",
                department,
                "role",
                role,
                "skill",
                skill,
                "competency",
                wanted,
                "competencyLevel",
                least,
                "certification",
                scheme == null ? null : scheme.name())));
    model.addAttribute("certificationKinds", CertificationKind.values());
    model.addAttribute("departments", organization.departments());
    model.addAttribute("roles", catalog.roles(viewer));
    model.addAttribute("ratesShown", ResourcesAccess.seesRates(viewer));
    model.addAttribute("editor", ResourcesAccess.editsPool(viewer));
    return htmx != null ? "resources/pool :: results" : "resources/pool";
  }

  @GetMapping("/people/{id}")
  String person(@PathVariable long id, CurrentUser viewer, Model model) {
    PersonView person = pool.get(id, viewer);
    model.addAttribute("person", person);
    model.addAttribute("editor", ResourcesAccess.editsPool(viewer));
    if (!model.containsAttribute("rateErrors")) {
      model.addAttribute("rateErrors", Map.of());
      model.addAttribute("rateForm", new RateForm(null, null, person.version()));
    }
    historyPanel.addTo(model, "pool-person", id);
    return "resources/person";
  }

  @GetMapping("/people/new")
  String newPerson(CurrentUser viewer, Model model) {
    requireEditor(viewer);
    return form(null, PersonForm.EMPTY, Map.of(), viewer, model);
  }

  @GetMapping("/people/{id}/edit")
  String edit(@PathVariable long id, CurrentUser viewer, Model model) {
    requireEditor(viewer);
    PersonView person = pool.get(id, viewer);
    return form(person, PersonForm.of(person), Map.of(), viewer, model);
  }

  @PostMapping("/people")
  String create(
      @ModelAttribute("form") PersonForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor(editor);
    List<FieldProblem> problems = new ArrayList<>();
    PersonData data = read(form, binding, problems);
    Optional<PersonView> created =
        FormProblems.attempt(
            binding, problems, model, response, null, () -> pool.create(data, editor));
    if (created.isPresent()) {
      redirect.addFlashAttribute("flash", "Added " + created.get().name() + " to the pool.");
      return "redirect:/resources/people/" + created.get().id();
    }
    return form(null, form, FormProblems.of(binding, problems, PersonForm::field), editor, model);
  }

  @PostMapping("/people/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") PersonForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor(editor);
    PersonView person = pool.get(id, editor);
    List<FieldProblem> problems = new ArrayList<>();
    PersonData data = read(form, binding, problems);
    Optional<PersonView> saved =
        FormProblems.attempt(
            binding,
            problems,
            model,
            response,
            null,
            () -> pool.update(id, data.editing(EditForm.editedVersion(form.version())), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Saved the changes to " + saved.get().name() + ".");
      return "redirect:/resources/people/" + id;
    }
    return form(person, form, FormProblems.of(binding, problems, PersonForm::field), editor, model);
  }

  /**
   * The person form's data. Once the form has a problem of its own it is not saved, so the pool's
   * checks of the data join its problems then, to show everything that is wrong at once.
   */
  private PersonData read(PersonForm form, BindingResult binding, List<FieldProblem> problems) {
    PersonData data = form.toData(problems);
    if (binding.hasErrors() || !problems.isEmpty()) {
      problems.addAll(pool.problems(data));
    }
    return data;
  }

  /** A rate as the person page's form sends it. */
  record RateForm(String from, String hourlyRate, Long version) {}

  @PostMapping("/people/{id}/rates")
  String addRate(
      @PathVariable long id,
      @ModelAttribute("rateForm") RateForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor(editor);
    List<FieldProblem> problems = new ArrayList<>();
    RateData data =
        new RateData(
            FormInput.date(form.from(), "from", problems),
            FormInput.decimal(
                form.hourlyRate(),
                "hourlyRate",
                "Give the rate as a number, such as 85.50.",
                problems));
    if (FormProblems.attempt(
            binding,
            problems,
            model,
            response,
            "Someone else changed this person meanwhile: the rate was not saved. Try again.",
            () -> pool.addRate(id, data, EditForm.editedVersion(form.version()), editor))
        .isPresent()) {
      redirect.addFlashAttribute(
          "flash",
          "Saved the rate of " + data.hourlyRate() + " per hour from " + data.from() + ".");
      return "redirect:/resources/people/" + id;
    }
    model.addAttribute("rateErrors", FormProblems.of(binding, problems, f -> f));
    return person(id, editor, model);
  }

  private String form(
      PersonView person,
      PersonForm form,
      Map<String, String> errors,
      CurrentUser viewer,
      Model model) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("roles", catalog.roles(viewer));
    model.addAttribute("people", pool.all(viewer));
    model.addAttribute("users", identity.activeUsers());
    return "resources/person-form";
  }

  static void requireEditor(CurrentUser user) {
    if (!ResourcesAccess.editsPool(user)) {
      throw new AccessDeniedException(
          "Only resource managers, the PMO and administrators change the pool");
    }
  }
}
