package org.cairnpmo.practices.web;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.search.SearchIndex;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonSuggestion;
import org.cairnpmo.practices.PracticesApi;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectCategory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suggestions other modules' pages load as an htmx fragment, and the PMO's rebuild of the
 * search index from the lessons page.
 */
@Controller
record LessonSearchController(
    LessonService lessons, PracticesApi practices, SearchIndex searchIndex) {

  /**
   * The lessons of other projects that matter for what is being written or decided, as a fragment:
   * the new-project form sends its name, description, department and project category as they are
   * typed, the gate page the phase, the RAID form the risk's texts. Every part is optional and read
   * leniently (a fragment never answers an error for a half-typed form); {@code category} is a
   * lesson category, or a project category whose label joins the text.
   */
  @GetMapping("/practices/lessons/hints")
  String hints(
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String departmentId,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String context,
      @RequestParam Map<String, String> params,
      Model model,
      CurrentUser viewer) {
    StringJoiner text = new StringJoiner(" ");
    for (String part : TEXT_PARTS) {
      String value = FormInput.trimmed(params.get(part));
      if (value != null) {
        text.add(value);
      }
    }
    LessonCategory lessonCategory = FormInput.choice(category, LessonCategory.class, null);
    // A form's selects always hold a value: the project category and the department refine what
    // was typed, and ask nothing on their own.
    boolean asked =
        !text.toString().isBlank() || lessonCategory != null || FormInput.trimmed(phase) != null;
    ProjectCategory projectCategory = FormInput.choice(category, ProjectCategory.class, null);
    if (asked && projectCategory != null) {
      text.add(projectCategory.label());
    }
    List<LessonSuggestion> hints =
        asked
            ? practices.lessonsFor(
                lessonCategory,
                FormInput.trimmed(phase),
                text.toString(),
                id(departmentId),
                id(project),
                viewer)
            : List.of();
    Hint kind = Hint.of(context);
    model.addAttribute("hints", hints);
    model.addAttribute("asked", asked);
    model.addAttribute("heading", kind.heading);
    model.addAttribute("prompt", kind.prompt);
    // Before a gate nothing is typed: a phase no lesson matches shows nothing rather than a card.
    model.addAttribute("hidden", kind == Hint.GATE && hints.isEmpty());
    return "practices/lesson-hints :: hints";
  }

  @PostMapping("/practices/lessons/search-index")
  String rebuildPage(RedirectAttributes redirect, CurrentUser by) {
    requireRebuilder(by);
    searchIndex.rebuild();
    redirect.addFlashAttribute("flash", "The search index was rebuilt from the database.");
    return "redirect:/practices/lessons";
  }

  static void requireRebuilder(CurrentUser by) {
    if (!PracticesAccess.mayCurate(by)) {
      throw new AccessDeniedException("Only the PMO and administrators rebuild the search index");
    }
  }

  /** The form fields whose text is matched: the project's, the risk's, or plain text. */
  private static final List<String> TEXT_PARTS =
      List.of("text", "name", "description", "title", "cause", "event", "effect");

  private static Long id(String value) {
    String v = FormInput.trimmed(value);
    if (v == null || !v.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(v);
  }

  /** Where the fragment is shown: its heading, and what it says before anything is typed. */
  private enum Hint {
    TYPED(
        "Lessons from other projects",
        "Lessons of other projects that match show here as you describe the work."),
    GATE(
        "Lessons for this phase",
        "Lessons other projects learned in this phase show here before the decision."),
    RISK(
        "Lessons about similar risks",
        "Lessons of other projects that match show here as you describe the risk.");

    private final String heading;
    private final String prompt;

    Hint(String heading, String prompt) {
      this.heading = heading;
      this.prompt = prompt;
    }

    static Hint of(String context) {
      return FormInput.choice(
          context == null ? null : context.trim().toUpperCase(java.util.Locale.ROOT),
          Hint.class,
          TYPED);
    }
  }
}
