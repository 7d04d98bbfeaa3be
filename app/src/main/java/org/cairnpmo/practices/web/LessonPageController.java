package org.cairnpmo.practices.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.SearchPages;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.PracticesApi;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.domain.LessonData;
import org.cairnpmo.practices.domain.LessonFilter;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.LessonResults;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.LessonView;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lessons pages: every lesson the viewer may see with filters, one lesson with the PMO's
 * curation, a project's lessons with those of other projects that matter, and the lesson form.
 */
@Controller
record LessonPageController(
    LessonService lessons,
    LessonPromotionService promotions,
    MethodService library,
    PracticesApi practices,
    OrganizationApi organization,
    Validator validator,
    HistoryPanel historyPanel) {

  private static final int PAGE_SIZE = 20;
  private static final String STALE =
      "Someone else changed this lesson meanwhile, so your change was not saved. Here it is now.";

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/practices/lessons")
  String list(LessonListQuery query, Model model, CurrentUser viewer) {
    LessonFilter filter = query.filter();
    LessonResults results =
        SearchPages.showing(
            query.pageNumber(),
            PAGE_SIZE,
            LessonService.SEARCH_WINDOW,
            p -> lessons.find(filter, p, viewer),
            LessonResults::page);
    Page<LessonResults.Hit> found = results.page();
    model.addAttribute("filter", filter);
    model.addAttribute("lessons", found);
    model.addAttribute("facets", results.facets());
    model.addAttribute("canRebuild", PracticesAccess.mayCurate(viewer));
    model.addAttribute("pageNav", PageNav.of(found, query.link()));
    model.addAttribute("categories", LessonCategory.values());
    model.addAttribute("statuses", LessonStatus.values());
    model.addAttribute("departments", organization.departments());
    return "practices/lessons";
  }

  @GetMapping("/practices/lessons/{id}")
  String lesson(@PathVariable long id, Model model, CurrentUser viewer) {
    LessonView lesson = lessons.lesson(id, viewer);
    model.addAttribute("lesson", lesson);
    model.addAttribute("promotions", promotions.ofLesson(id, viewer));
    if (lesson.curatable()) {
      // The methods a lesson can change: the newest version of each, which the change goes into
      // (a published one through a new draft version).
      model.addAttribute(
          "methods",
          library.methods().stream().filter(m -> m.status() != MethodStatus.RETIRED).toList());
      model.addAttribute(
          "changes",
          List.of(
              PromotionChange.CHECKLIST, PromotionChange.DELIVERABLE, PromotionChange.GUIDANCE));
    }
    historyPanel.addTo(model, "lesson", id);
    return "practices/lesson";
  }

  @PostMapping("/practices/lessons/{id}/review")
  @OnStaleVersion(message = STALE, redirect = "/practices/lessons/{id}")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    return curated(
        id,
        redirect,
        "Marked as reviewed.",
        () -> lessons.review(id, EditForm.editedVersion(version), viewer));
  }

  @PostMapping("/practices/lessons/{id}/adopt")
  @OnStaleVersion(message = STALE, redirect = "/practices/lessons/{id}")
  String adopt(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    return curated(
        id,
        redirect,
        "Marked as adopted.",
        () -> lessons.adopt(id, EditForm.editedVersion(version), viewer));
  }

  @PostMapping("/practices/lessons/{id}/merge")
  @OnStaleVersion(message = STALE, redirect = "/practices/lessons/{id}")
  String merge(
      @PathVariable long id,
      @RequestParam(required = false) String survivorId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    Long survivor;
    try {
      survivor = FormInput.blank(survivorId) ? null : Long.valueOf(survivorId.trim());
    } catch (NumberFormatException e) {
      redirect.addFlashAttribute("flashError", "Enter the number of the lesson to merge into.");
      return "redirect:/practices/lessons/" + id;
    }
    return curated(
        id,
        redirect,
        "Merged into lesson " + survivor + ".",
        () -> lessons.merge(id, survivor, EditForm.editedVersion(version), viewer));
  }

  private String curated(
      long id, RedirectAttributes redirect, String done, java.util.function.Supplier<?> action) {
    FlashActions.run(redirect, null, action)
        .ifPresent(curated -> redirect.addFlashAttribute("flash", done));
    return "redirect:/practices/lessons/" + id;
  }

  // ---------------------------------------------------------------- a project's lessons

  @GetMapping("/projects/{projectId}/lessons")
  String ofProject(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      CurrentUser viewer) {
    ProjectView project = lessons.project(projectId, viewer);
    Page<LessonView> found =
        Paging.showing(
            page,
            PAGE_SIZE,
            LessonService.ORDER,
            p -> lessons.ofProject(projectId, LessonFilter.none(), p, viewer));
    model.addAttribute("project", project);
    model.addAttribute("lessons", found);
    model.addAttribute(
        "pageNav", PageNav.of(found, PageNav.link("/projects/" + projectId + "/lessons")));
    model.addAttribute("canRecord", PracticesAccess.mayRecord(project, viewer));
    model.addAttribute(
        "others",
        practices.lessonsFor(
            null,
            lessons.currentPhase(projectId),
            project.name() + " " + (project.description() == null ? "" : project.description()),
            projectId,
            viewer));
    return "practices/project-lessons";
  }

  @GetMapping("/projects/{projectId}/lessons/new")
  String newLesson(@PathVariable long projectId, Model model, CurrentUser viewer) {
    ProjectView project = recorder(projectId, viewer);
    return form(model, project, new LessonForm(), null, viewer);
  }

  @PostMapping("/projects/{projectId}/lessons")
  String record(
      @PathVariable long projectId,
      @ModelAttribute("form") LessonForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    ProjectView project = recorder(projectId, viewer);
    LessonData data = form.toData();
    Optional<LessonView> saved =
        FormErrors.validateAndAttempt(
            validator, data, binding, model, () -> lessons.record(projectId, data, viewer));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Lesson recorded: " + saved.get().title() + ".");
      return "redirect:/projects/" + projectId + "/lessons";
    }
    return form(model, project, form, null, viewer);
  }

  @GetMapping("/practices/lessons/{id}/edit")
  String edit(@PathVariable long id, Model model, CurrentUser viewer) {
    LessonView lesson = editable(id, viewer);
    return form(
        model, lessons.project(lesson.projectId(), viewer), LessonForm.of(lesson), lesson, viewer);
  }

  @PostMapping("/practices/lessons/{id}/edit")
  String revise(
      @PathVariable long id,
      @ModelAttribute("form") LessonForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    LessonView lesson = editable(id, viewer);
    LessonData data = form.toData();
    if (FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () -> lessons.revise(id, data, form.editedVersion(), viewer))
        .isPresent()) {
      redirect.addFlashAttribute("flash", "Lesson saved.");
      return "redirect:/practices/lessons/" + id;
    }
    return form(model, lessons.project(lesson.projectId(), viewer), form, lesson, viewer);
  }

  private LessonView editable(long id, CurrentUser viewer) {
    LessonView lesson = lessons.lesson(id, viewer);
    if (!lesson.editable()) {
      throw new AccessDeniedException(
          "Only whoever recorded the lesson, the project's manager and the PMO change it");
    }
    return lesson;
  }

  private ProjectView recorder(long projectId, CurrentUser viewer) {
    ProjectView project = lessons.project(projectId, viewer);
    if (!PracticesAccess.mayRecord(project, viewer)) {
      throw new AccessDeniedException(
          "Only the people on the project and the PMO record its lessons");
    }
    return project;
  }

  private String form(
      Model model, ProjectView project, LessonForm form, LessonView existing, CurrentUser viewer) {
    model.addAttribute("form", form);
    model.addAttribute("project", project);
    model.addAttribute("lesson", existing);
    model.addAttribute("categories", LessonCategory.values());
    model.addAttribute("phases", lessons.phasesOf(project.id(), viewer));
    return "practices/lesson-form";
  }
}
