package org.cairnpmo.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.domain.DepartmentService;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Departments for administrators (the security rules restrict /admin/** to ADMIN). */
@Controller
@RequestMapping("/admin/departments")
record DepartmentAdminController(DepartmentService departments, HistoryPanel history) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("departments", departments.all());
    return "admin/departments";
  }

  @GetMapping("/new")
  String newDepartment(Model model) {
    model.addAttribute("form", new DepartmentForm(null, null, null, true, null));
    return "admin/departments-new";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return "admin/departments-new";
    }
    DepartmentSummary created;
    try {
      created = departments.create(form);
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return "admin/departments-new";
    }
    redirect.addFlashAttribute(
        "flash", "Created the department " + created.name() + " (" + created.code() + ").");
    return "redirect:/admin/departments";
  }

  @GetMapping("/{departmentId}")
  String edit(@PathVariable long departmentId, Model model) {
    DepartmentSummary department = departments.get(departmentId);
    model.addAttribute("department", department);
    history.addTo(model, "department", departmentId);
    model.addAttribute(
        "form",
        new DepartmentForm(
            department.code(),
            department.name(),
            department.description(),
            department.active(),
            department.version()));
    return "admin/departments-edit";
  }

  @PostMapping("/{departmentId}")
  String update(
      @PathVariable long departmentId,
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    model.addAttribute("department", departments.get(departmentId));
    Optional<DepartmentSummary> saved =
        FormErrors.attempt(
            binding, model, "conflict", () -> departments.update(departmentId, form));
    if (saved.isEmpty()) {
      if (model.containsAttribute("conflict")) {
        response.setStatus(HttpStatus.CONFLICT.value());
      }
      return "admin/departments-edit";
    }
    redirect.addFlashAttribute("flash", "Saved the changes to " + saved.get().name() + ".");
    return "redirect:/admin/departments";
  }
}
