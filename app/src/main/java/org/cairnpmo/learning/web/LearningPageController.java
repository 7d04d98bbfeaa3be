package org.cairnpmo.learning.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.learning.domain.CertificationService;
import org.cairnpmo.learning.domain.CertificationView;
import org.cairnpmo.learning.domain.CourseCatalog;
import org.cairnpmo.learning.domain.CourseFilter;
import org.cairnpmo.learning.domain.CourseView;
import org.cairnpmo.learning.domain.EnrollmentService;
import org.cairnpmo.learning.domain.EnrollmentView;
import org.cairnpmo.learning.domain.LearningAccess;
import org.cairnpmo.learning.domain.SessionView;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learning pages: the catalog with filters, a course and its sessions, a session with its seats
 * and wait list, the viewer's own learning, and the line manager's approvals queue. Each action
 * comes back to the page it was taken on, with what happened or why not.
 */
@Controller
record LearningPageController(
    CourseCatalog catalog,
    EnrollmentService enrollments,
    CertificationService certifications,
    org.cairnpmo.learning.domain.CompetencyFramework framework,
    LearningTimes times,
    Validator validator,
    HistoryPanel historyPanel) {

  @ModelAttribute("times")
  public LearningTimes times() {
    return times;
  }

  private static final int PAGE_SIZE = 20;
  private static final Set<String> ACTIONS =
      Set.of("approval", "decline", "confirmation", "attendance", "completion", "cancellation");

  @GetMapping("/learning")
  String catalog(
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String upcoming,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      CurrentUser viewer) {
    CourseFilter filter =
        new CourseFilter(
            FormInput.choice(format, CourseFormat.class, null),
            FormInput.trimmed(language),
            "on".equals(upcoming) || "true".equals(upcoming),
            FormInput.trimmed(q));
    Page<CourseView> found =
        Paging.showing(page, PAGE_SIZE, CourseCatalog.COURSE_ORDER, p -> catalog.search(filter, p));
    model.addAttribute("filter", filter);
    model.addAttribute("courses", found);
    model.addAttribute("formats", CourseFormat.values());
    model.addAttribute("writesCatalog", LearningAccess.mayWriteCatalog(viewer));
    model.addAttribute(
        "pageNav",
        PageNav.of(
            found,
            PageNav.link(
                "/learning",
                "format",
                format,
                "language",
                language,
                "upcoming",
                upcoming,
                "q",
                q)));
    return "learning/catalog";
  }

  @GetMapping("/learning/courses/new")
  String newCourse(Model model, CurrentUser viewer) {
    requireCatalogWriter(viewer);
    return courseForm(model, new CourseForm(), catalog);
  }

  @PostMapping("/learning/courses")
  String defineCourse(
      @ModelAttribute("form") CourseForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requireCatalogWriter(viewer);
    Optional<CourseView> saved =
        LearningForms.save(
            form::toData, validator, binding, model, data -> catalog.define(data, viewer));
    return LearningForms.done(
            saved,
            redirect,
            s ->
                new LearningForms.Done(
                    "Course added: " + s.title() + ".", "/learning/courses/" + s.id()))
        .orElseGet(() -> courseForm(model, form, catalog));
  }

  private static String courseForm(Model model, CourseForm form, CourseCatalog catalog) {
    model.addAttribute("form", form);
    model.addAttribute("courseChoices", catalog.titles());
    model.addAttribute("schemes", org.cairnpmo.learning.CertificationKind.values());
    model.addAttribute("kinds", CourseKind.values());
    model.addAttribute("formats", CourseFormat.values());
    return "learning/course-form";
  }

  private static void requireCatalogWriter(CurrentUser viewer) {
    if (!LearningAccess.mayWriteCatalog(viewer)) {
      throw new AccessDeniedException("Only the PMO and administrators write the catalog");
    }
  }

  @GetMapping("/learning/courses/{id}")
  String course(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      CurrentUser viewer) {
    CourseView course = catalog.course(id);
    Page<SessionView> sessions =
        Paging.showing(
            page, PAGE_SIZE, CourseCatalog.SESSION_ORDER, p -> catalog.sessionsOf(id, p));
    model.addAttribute("course", course);
    model.addAttribute("builds", framework.buildsOf(id));
    model.addAttribute(
        "areas", LearningAccess.mayWriteCatalog(viewer) ? framework.framework() : List.of());
    model.addAttribute("sessions", sessions);
    model.addAttribute("writesCatalog", LearningAccess.mayWriteCatalog(viewer));
    model.addAttribute("pageNav", PageNav.of(sessions, PageNav.link("/learning/courses/" + id)));
    historyPanel.addTo(model, "course", id);
    return "learning/course";
  }

  @GetMapping("/learning/courses/{id}/sessions/new")
  String newSession(@PathVariable long id, Model model, CurrentUser viewer) {
    requireCatalogWriter(viewer);
    return sessionForm(model, catalog.course(id), new SessionForm());
  }

  @PostMapping("/learning/courses/{id}/sessions")
  String planSession(
      @PathVariable long id,
      @ModelAttribute("form") SessionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requireCatalogWriter(viewer);
    CourseView course = catalog.course(id);
    Optional<SessionView> saved =
        LearningForms.save(
            () -> form.toData(times.clock().getZone()),
            validator,
            binding,
            model,
            data -> catalog.plan(id, data, viewer));
    return LearningForms.done(
            saved,
            redirect,
            s -> new LearningForms.Done("Session planned.", "/learning/sessions/" + s.id()))
        .orElseGet(() -> sessionForm(model, course, form));
  }

  private static String sessionForm(Model model, CourseView course, SessionForm form) {
    model.addAttribute("form", form);
    model.addAttribute("course", course);
    return "learning/session-form";
  }

  @GetMapping("/learning/sessions/{id}")
  String session(@PathVariable long id, Model model, CurrentUser viewer) {
    SessionView session = catalog.session(id);
    List<EnrollmentView> places = enrollments.ofSession(id, viewer);
    model.addAttribute("sess", session);
    model.addAttribute("course", catalog.course(session.courseId()));
    model.addAttribute("places", places);
    model.addAttribute(
        "mine",
        places.stream()
            .filter(e -> e.userId() == viewer.id() && !e.status().isFinal())
            .findFirst()
            .orElse(null));
    model.addAttribute("runsSessions", LearningAccess.seesAll(viewer));
    historyPanel.addTo(model, "course-session", id);
    return "learning/session";
  }

  @PostMapping("/learning/sessions/{id}/enroll")
  String enroll(@PathVariable long id, RedirectAttributes redirect, CurrentUser viewer) {
    attempt(
        redirect,
        () -> {
          EnrollmentView e = enrollments.request(id, null, viewer);
          return switch (e.status()) {
            case WAITLISTED ->
                "The session is full: you are number "
                    + e.waitlistPosition()
                    + " on the wait list.";
            case REQUESTED -> "Seat requested; your line manager decides.";
            default -> "Seat booked.";
          };
        });
    return "redirect:/learning/sessions/" + id;
  }

  @GetMapping("/learning/me")
  String mine(@RequestParam(defaultValue = "0") int page, Model model, CurrentUser viewer) {
    Page<EnrollmentView> mine =
        Paging.showing(
            page,
            PAGE_SIZE,
            EnrollmentService.ORDER,
            p -> enrollments.list(viewer.id(), null, p, viewer));
    model.addAttribute("enrollments", mine);
    model.addAttribute("pageNav", PageNav.of(mine, PageNav.link("/learning/me")));
    model.addAttribute(
        "certifications",
        certifications
            .list(
                viewer.id(), Paging.request(0, Paging.MAX_SIZE, CertificationService.ORDER), viewer)
            .getContent());
    return "learning/me";
  }

  /**
   * One place on a session with every change to it (requested, approved, attended, a new score).
   * Seen by whoever sees the enrollment: the person, their line manager and the PMO.
   */
  @GetMapping("/learning/enrollments/{id}")
  String enrollment(@PathVariable long id, Model model, CurrentUser viewer) {
    model.addAttribute("enrollment", enrollments.enrollment(id, viewer));
    historyPanel.addTo(model, "enrollment", id);
    return "learning/enrollment";
  }

  /** One certification with every change to it, for whoever sees the certification. */
  @GetMapping("/learning/certifications/{id}")
  String certification(@PathVariable long id, Model model, CurrentUser viewer) {
    model.addAttribute("certification", certifications.certification(id, viewer));
    historyPanel.addTo(model, "certification", id);
    return "learning/certification";
  }

  @GetMapping("/learning/certifications/new")
  String newCertification(Model model) {
    return certificationForm(model, new CertificationForm());
  }

  /** One's own certification; the evidence file is attached through the API. */
  @PostMapping("/learning/certifications")
  String recordCertification(
      @ModelAttribute("form") CertificationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    Optional<CertificationView> saved =
        LearningForms.save(
            () -> form.toData(null),
            validator,
            binding,
            model,
            data -> certifications.record(data, viewer));
    return LearningForms.done(
            saved,
            redirect,
            s ->
                new LearningForms.Done("Certification recorded: " + s.name() + ".", "/learning/me"))
        .orElseGet(() -> certificationForm(model, form));
  }

  private static String certificationForm(Model model, CertificationForm form) {
    model.addAttribute("form", form);
    model.addAttribute("kinds", CertificationKind.values());
    return "learning/certification-form";
  }

  @GetMapping("/learning/approvals")
  String approvals(@RequestParam(defaultValue = "0") int page, Model model, CurrentUser viewer) {
    Page<EnrollmentView> waiting =
        Paging.showing(page, PAGE_SIZE, Sort.unsorted(), p -> enrollments.approvals(p, viewer));
    model.addAttribute("requests", waiting);
    model.addAttribute("pageNav", PageNav.of(waiting, PageNav.link("/learning/approvals")));
    return "learning/approvals";
  }

  /**
   * One step of an enrollment, from the page named by {@code back} (the approvals queue, the
   * viewer's learning, or the session's page).
   */
  @PostMapping("/learning/enrollments/{id}/{action}")
  String act(
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String score,
      @RequestParam(required = false) String hours,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    long v = version == null ? -1 : version;
    EnrollmentView before = enrollments.enrollment(id, viewer);
    if (ACTIONS.contains(action)) {
      attempt(
          redirect,
          () ->
              switch (action) {
                case "approval" -> {
                  enrollments.approve(id, v, viewer);
                  yield "Approved: " + before.personName() + ", " + before.courseTitle() + ".";
                }
                case "decline" -> {
                  enrollments.decline(id, reason, v, viewer);
                  yield "Declined: " + before.personName() + ", " + before.courseTitle() + ".";
                }
                case "confirmation" -> {
                  enrollments.confirm(id, v, viewer);
                  yield "Seat confirmed for " + before.personName() + ".";
                }
                case "attendance" -> {
                  enrollments.attend(id, v, viewer);
                  yield before.personName() + " attended.";
                }
                case "completion" -> {
                  List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
                  BigDecimal s = FormInput.decimal(score, "score", "Enter a number.", problems);
                  BigDecimal h = FormInput.decimal(hours, "hours", "Enter a number.", problems);
                  if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                  }
                  enrollments.complete(id, s, h, v, viewer);
                  yield before.personName() + " completed " + before.courseTitle() + ".";
                }
                default -> {
                  enrollments.cancel(id, reason, v, viewer);
                  yield "Cancelled: " + before.personName() + ", " + before.courseTitle() + ".";
                }
              });
    }
    return switch (back == null ? "" : back) {
      case "approvals" -> "redirect:/learning/approvals";
      case "me" -> "redirect:/learning/me";
      default -> "redirect:/learning/sessions/" + before.sessionId();
    };
  }

  private static void attempt(RedirectAttributes redirect, Supplier<String> change) {
    try {
      redirect.addFlashAttribute("flash", change.get());
    } catch (BusinessRuleException | InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute(
          "flashError", "Someone else changed this enrollment meanwhile; here it is now.");
    }
  }
}
