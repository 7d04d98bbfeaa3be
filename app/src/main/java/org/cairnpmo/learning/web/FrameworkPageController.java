package org.cairnpmo.learning.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.CompetencyView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.LearningAccess;
import org.cairnpmo.learning.domain.LearningPaths;
import org.cairnpmo.learning.domain.PathStep;
import org.cairnpmo.learning.domain.PathViews.PathView;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.FormInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PMO's forms for the competency framework: areas, competencies with their level descriptors,
 * the target profile of a role, and learning paths with their ordered steps. Each comes back to the
 * framework's page once saved; a version changed meanwhile is said above the form.
 */
@Controller
record FrameworkPageController(
    CompetencyFramework framework,
    LearningPaths paths,
    CourseCatalog catalog,
    Validator validator,
    HistoryPanel history) {

  private static final String FRAMEWORK = "/learning/competencies";
  private static final String BACK = "redirect:" + FRAMEWORK;

  @PostMapping("/learning/competencies/areas")
  String addArea(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String position,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    requirePmo(viewer);
    List<FieldProblem> problems = new ArrayList<>();
    AreaData data =
        new AreaData(
            FormInput.trimmed(name),
            FormInput.integer(position, "position", "Enter the position as a number.", problems));
    FlashActions.run(
            redirect,
            null,
            () -> {
              problems.addAll(FormErrors.problems(validator, data));
              FormInput.refuseAny(problems);
              return framework.addArea(data, viewer);
            })
        .ifPresent(a -> redirect.addFlashAttribute("flash", "Area added: " + a.name() + "."));
    return BACK;
  }

  @GetMapping("/learning/competencies/new")
  String newCompetency(
      @RequestParam(required = false) String areaId, Model model, CurrentUser viewer) {
    requirePmo(viewer);
    CompetencyForm form = new CompetencyForm();
    form.setAreaId(areaId);
    return competencyForm(model, form, null);
  }

  @PostMapping("/learning/competencies/new")
  String defineCompetency(
      @ModelAttribute("form") CompetencyForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    form.setVersion(null);
    return savedCompetency(
        LearningForms.save(
            form::toData, validator, binding, model, data -> framework.define(data, viewer)),
        form,
        null,
        model,
        redirect);
  }

  @GetMapping("/learning/competencies/{id}/edit")
  String editCompetency(@PathVariable long id, Model model, CurrentUser viewer) {
    requirePmo(viewer);
    CompetencyView c = framework.competency(id);
    history.addTo(model, "competency", id);
    return competencyForm(model, CompetencyForm.of(c), c);
  }

  @PostMapping("/learning/competencies/{id}/edit")
  String reviseCompetency(
      @PathVariable long id,
      @ModelAttribute("form") CompetencyForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    CompetencyView c = framework.competency(id);
    long version = form.getVersion() == null ? -1 : form.getVersion();
    return savedCompetency(
        LearningForms.save(
            form::toData,
            validator,
            binding,
            model,
            data -> framework.revise(id, data, version, viewer)),
        form,
        c,
        model,
        redirect);
  }

  private String savedCompetency(
      Optional<CompetencyView> saved,
      CompetencyForm form,
      CompetencyView editing,
      Model model,
      RedirectAttributes redirect) {
    return LearningForms.done(
            saved,
            redirect,
            s -> new LearningForms.Done("Competency saved: " + s.name() + ".", FRAMEWORK))
        .orElseGet(() -> competencyForm(model, form, editing));
  }

  private String competencyForm(Model model, CompetencyForm form, CompetencyView editing) {
    model.addAttribute("form", form);
    model.addAttribute("editing", editing);
    model.addAttribute("areas", framework.framework());
    return "learning/competency-form";
  }

  /** A role's target profile: the one of {@code role} to change, or a new one. */
  @GetMapping("/learning/profiles/edit")
  String editProfile(@RequestParam(required = false) String role, Model model, CurrentUser viewer) {
    requirePmo(viewer);
    Optional<TargetProfileView> existing =
        FormInput.blank(role) ? Optional.empty() : framework.profile(role.strip());
    ProfileForm form = existing.map(ProfileForm::of).orElseGet(ProfileForm::new);
    existing.ifPresent(p -> history.addTo(model, "target-profile", p.id()));
    if (existing.isEmpty()) {
      form.setRole(FormInput.trimmed(role));
    }
    return profileForm(model, form);
  }

  @PostMapping("/learning/profiles/edit")
  String setProfile(
      @ModelAttribute("form") ProfileForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    Optional<TargetProfileView> saved =
        LearningForms.save(
            form::toData,
            validator,
            binding,
            model,
            data -> framework.setProfile(data, data.version(), viewer));
    return LearningForms.done(
            saved,
            redirect,
            s -> new LearningForms.Done("Target profile saved: " + s.role() + ".", FRAMEWORK))
        .orElseGet(() -> profileForm(model, form));
  }

  private String profileForm(Model model, ProfileForm form) {
    model.addAttribute("form", form);
    model.addAttribute("areas", framework.framework());
    return "learning/profile-form";
  }

  @GetMapping("/learning/paths/new")
  String newPath(Model model, CurrentUser viewer) {
    requirePmo(viewer);
    return pathForm(model, new PathForm());
  }

  @PostMapping("/learning/paths/new")
  String definePath(
      @ModelAttribute("form") PathForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    Optional<PathView> saved =
        LearningForms.save(
            form::toData, validator, binding, model, data -> paths.define(data, viewer));
    return LearningForms.done(
            saved,
            redirect,
            s -> new LearningForms.Done("Learning path added: " + s.name() + ".", FRAMEWORK))
        .orElseGet(() -> pathForm(model, form));
  }

  private String pathForm(Model model, PathForm form) {
    model.addAttribute("form", form.withRows());
    model.addAttribute("stepKinds", Arrays.asList(PathStep.Kind.values()));
    model.addAttribute("courseChoices", catalog.titles());
    model.addAttribute("areas", framework.framework());
    model.addAttribute("schemes", CertificationKind.values());
    return "learning/path-form";
  }

  /** What a course brings those who complete it to, one competency at a time. */
  @PostMapping("/learning/courses/{id}/builds")
  String build(
      @PathVariable long id,
      @RequestParam(required = false) String competencyId,
      @RequestParam(required = false) String level,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    requirePmo(viewer);
    catalog.course(id);
    List<FieldProblem> problems = new ArrayList<>();
    Long competency =
        FormInput.id(competencyId, "C", "competencyId", "Choose a competency.", problems);
    Integer to = FormInput.integer(level, "level", "Choose a level from 1 to 5.", problems);
    if (competency == null || to == null) {
      problems.add(new FieldProblem("competencyId", "Choose a competency and a level."));
    }
    FlashActions.run(
            redirect,
            null,
            () -> {
              FormInput.refuseAny(problems);
              List<TargetData> levels = new ArrayList<>();
              framework.buildsOf(id).stream()
                  .filter(b -> b.competencyId() != competency)
                  .forEach(b -> levels.add(new TargetData(b.competencyId(), b.level())));
              levels.add(new TargetData(competency, to));
              return framework.setBuilds(id, levels, viewer);
            })
        .ifPresent(b -> redirect.addFlashAttribute("flash", "Saved what the course builds."));
    return "redirect:/learning/courses/" + id;
  }

  private static void requirePmo(CurrentUser viewer) {
    if (!LearningAccess.mayWriteCatalog(viewer)) {
      throw new AccessDeniedException("Only the PMO and administrators write the framework");
    }
  }
}
