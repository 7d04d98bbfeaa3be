package org.cairnpmo.practices.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons promoted into the way of working, by the PMO. Into a method: the change (a deliverable, a
 * checklist item, a paragraph of guidance for one phase) is made in the method's draft, a new draft
 * version when the method is published, through {@link MethodService} and its rules. Into a project
 * template: a link to the template version that holds the change. Either way the link is kept both
 * ways and the lesson is marked adopted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonPromotionService {

  private final LessonService lessons;
  private final MethodService methods;
  private final MethodRepository methodRepository;
  private final LessonPromotionRepository promotions;
  private final ProjectsApi projects;
  private final TemplateLibrary templates;
  private final Clock clock;

  @Transactional
  public PromotionView promote(
      long lessonId, PromotionData data, long expectedVersion, CurrentUser by) {
    Lesson lesson = lessons.find(lessonId, by);
    PracticesAccess.requireCurator(by);
    LessonService.requireVersion(lesson, expectedVersion);
    if (lesson.getStatus() == LessonStatus.MERGED) {
      throw new BusinessRuleException(
          "lesson-merged",
          "This lesson was merged into lesson " + lesson.getMergedIntoId() + "; promote that one.");
    }
    checkSizes(data);
    Instant now = clock.instant();
    LessonPromotion promotion =
        data.targetKind() == PromotionTarget.METHOD
            ? intoMethod(lesson, data, by, now)
            : intoTemplate(lesson, data, by, now);
    if (lesson.getStatus() != LessonStatus.ADOPTED) {
      lesson.adopt(by.username(), now);
    }
    promotions.saveAndFlush(promotion);
    ProjectView project = lessons.project(lesson.getProjectId(), by);
    return view(promotion, lesson, project);
  }

  private LessonPromotion intoMethod(
      Lesson lesson, PromotionData data, CurrentUser by, Instant now) {
    PracticesAccess.requireMethodWriter(by);
    Method chosen =
        methodRepository
            .findById(data.targetId())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "targetId", "There is no method " + data.targetId() + "."));
    Method draft = draftOf(chosen, by);
    String phase = required(data.phase(), "phase", "Name the phase the change belongs to.");
    String text = required(data.text(), "text", "Write the change: what the phase gains.");
    if (data.change() == null || data.change() == PromotionChange.TEMPLATE) {
      throw InvalidInputException.of(
          "change", "Choose the change: a deliverable, a checklist item or guidance.");
    }
    MethodData current = draft.toData();
    List<MethodData.PhaseData> phases = new ArrayList<>(current.phasesOrEmpty());
    int at = -1;
    for (int i = 0; i < phases.size(); i++) {
      if (phases.get(i).phase().equalsIgnoreCase(phase)) {
        at = i;
      }
    }
    MethodData.PhaseData before = at >= 0 ? phases.get(at) : MethodData.PhaseData.empty(phase);
    MethodData.PhaseData after = changed(before, data.change(), text, data.description());
    if (at >= 0) {
      phases.set(at, after);
    } else {
      phases.add(after);
    }
    MethodView revised =
        methods.revise(
            draft.getId(),
            new MethodData(
                current.name(),
                current.description(),
                current.lifecycleId(),
                current.tierIdsOrEmpty(),
                phases,
                draft.getVersion()),
            draft.getVersion(),
            by);
    return new LessonPromotion(
        lesson.getId(),
        PromotionTarget.METHOD,
        revised.id(),
        revised.label(),
        revised.revision(),
        data.change(),
        after.phase(),
        text,
        data.note(),
        by.username(),
        now);
  }

  /**
   * The draft a change of {@code chosen} goes into: itself if it is a draft, the draft of its next
   * version if one was started, otherwise a new one. A retired version is not changed any more.
   */
  private Method draftOf(Method chosen, CurrentUser by) {
    if (chosen.getStatus() == MethodStatus.DRAFT) {
      return chosen;
    }
    if (chosen.getStatus() == MethodStatus.RETIRED) {
      throw new BusinessRuleException(
          "method-retired",
          chosen.label() + " was replaced by a newer version; promote the lesson into that one.");
    }
    Optional<Method> next = methodRepository.findFirstByPreviousId(chosen.getId());
    if (next.isPresent()) {
      return next.get();
    }
    long id = methods.newVersion(chosen.getId(), by).id();
    return methods.find(id);
  }

  private static MethodData.PhaseData changed(
      MethodData.PhaseData phase, PromotionChange change, String text, String description) {
    List<String> checklist = new ArrayList<>(phase.checklistOrEmpty());
    List<MethodData.DeliverableData> deliverables = new ArrayList<>(phase.deliverablesOrEmpty());
    String guidance = phase.guidance();
    switch (change) {
      case CHECKLIST -> {
        if (checklist.stream().anyMatch(c -> c.equalsIgnoreCase(text))) {
          throw InvalidInputException.of("text", "The phase already has this checklist item.");
        }
        checklist.add(text);
      }
      case DELIVERABLE -> {
        if (deliverables.stream().anyMatch(d -> d.name().equalsIgnoreCase(text))) {
          throw InvalidInputException.of(
              "text", "The phase already expects a deliverable of this name.");
        }
        deliverables.add(new MethodData.DeliverableData(text, description, null, false));
      }
      case GUIDANCE ->
          guidance = guidance == null || guidance.isBlank() ? text : guidance + "\n\n" + text;
      default -> throw new IllegalArgumentException(change.name());
    }
    return new MethodData.PhaseData(phase.phase(), guidance, checklist, deliverables);
  }

  private LessonPromotion intoTemplate(
      Lesson lesson, PromotionData data, CurrentUser by, Instant now) {
    PracticesAccess.requireCurator(by);
    if (data.targetId() == null || !templates.exists(data.targetId())) {
      throw InvalidInputException.of(
          "targetId", "There is no project template version " + data.targetId() + ".");
    }
    return new LessonPromotion(
        lesson.getId(),
        PromotionTarget.TEMPLATE,
        data.targetId(),
        null,
        null,
        PromotionChange.TEMPLATE,
        Deliverable.blankToNull(data.phase()),
        Deliverable.blankToNull(data.text()),
        data.note(),
        by.username(),
        now);
  }

  /** The limits of the API's body, for the page's form too, and those of what each change adds. */
  private static void checkSizes(PromotionData data) {
    int textLimit =
        data.change() == PromotionChange.CHECKLIST
            ? 500
            : data.change() == PromotionChange.DELIVERABLE ? 200 : 20000;
    limit(data.text(), "text", textLimit);
    limit(data.phase(), "phase", 120);
    limit(data.description(), "description", 2000);
    limit(data.note(), "note", 2000);
  }

  private static void limit(String value, String field, int max) {
    if (value != null && value.trim().length() > max) {
      throw InvalidInputException.of(field, "At most " + max + " characters.");
    }
  }

  private static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, message);
    }
    return value.trim();
  }

  // ---------------------------------------------------------------- reading

  /** The changes the lesson caused; "not found" if {@code viewer} may not see it. */
  @Transactional(readOnly = true)
  public List<PromotionView> ofLesson(long lessonId, CurrentUser viewer) {
    Lesson lesson = lessons.find(lessonId, viewer);
    ProjectView project = lessons.project(lesson.getProjectId(), viewer);
    return promotions.findByLessonIdOrderByIdAsc(lessonId).stream()
        .map(p -> view(p, lesson, project))
        .toList();
  }

  /**
   * The lessons that changed this version of a method (or template), those {@code viewer} may see:
   * a lesson of a confidential project stays out, as everywhere.
   */
  @Transactional(readOnly = true)
  public List<PromotionView> into(PromotionTarget kind, long targetId, CurrentUser viewer) {
    List<LessonPromotion> found =
        promotions.findByTargetKindAndTargetIdOrderByIdAsc(kind, targetId);
    Set<Long> hidden = projects.hiddenProjectIds(viewer);
    Map<Long, Lesson> byId =
        lessonsOf(found).stream()
            .filter(l -> !hidden.contains(l.getProjectId()))
            .collect(Collectors.toMap(Lesson::getId, Function.identity()));
    Map<Long, ProjectView> visible =
        projects.visibleProjects(
            byId.values().stream().map(Lesson::getProjectId).distinct().toList(), viewer);
    List<PromotionView> out = new ArrayList<>();
    for (LessonPromotion p : found) {
      Lesson l = byId.get(p.getLessonId());
      ProjectView project = l == null ? null : visible.get(l.getProjectId());
      if (project != null) {
        out.add(view(p, l, project));
      }
    }
    return out;
  }

  private List<Lesson> lessonsOf(List<LessonPromotion> found) {
    return lessons.all(found.stream().map(LessonPromotion::getLessonId).distinct().toList());
  }

  private static PromotionView view(LessonPromotion p, Lesson lesson, ProjectView project) {
    return new PromotionView(
        p.getId(),
        lesson.getId(),
        lesson.getTitle(),
        project.code(),
        p.getTargetKind(),
        p.getTargetId(),
        p.getTargetLabel(),
        p.getTargetRevision(),
        p.getChangeKind(),
        p.getPhaseName(),
        p.getChangeText(),
        p.getNote(),
        p.getPromotedAt(),
        p.getPromotedBy());
  }
}
