package org.cairnpmo.practices.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.LifecycleOutline;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.resources.ResourcesApi;
import org.cairnpmo.resources.RoleView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PMO's project templates: their versions and what each holds. Everyone signed in reads them;
 * the PMO and administrators write them (as the methodology library).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TemplateLibrary implements DefinedEntries<TemplateData, TemplateView> {

  private final TemplateRepository templates;
  private final TemplateProjectRepository followers;
  private final GovernanceApi governance;
  private final ArchiveApi archive;
  private final MethodService methods;
  private final ResourcesApi resources;
  private final JsonMapper json;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<TemplateView> templates() {
    return views(templates.findAllByOrderByNameAscRevisionDesc());
  }

  /** The published versions, the only ones a project can be made from. */
  @Transactional(readOnly = true)
  public List<TemplateView> usable() {
    return views(templates.findByStatusOrderByNameAsc(MethodStatus.PUBLISHED));
  }

  @Transactional(readOnly = true)
  public TemplateView template(long id) {
    return views(List.of(find(id))).get(0);
  }

  @Transactional(readOnly = true)
  public List<TemplateView> versions(long lineageId) {
    return views(templates.findByLineageIdOrderByRevisionAsc(lineageId));
  }

  @Transactional
  @Override
  public TemplateView define(TemplateData data, CurrentUser author) {
    PracticesAccess.requireMethodWriter(author);
    if (data.name() != null && templates.existsByNameIgnoreCase(data.name().trim())) {
      throw InvalidInputException.of(
          "name",
          "A template with this name exists; to change it, edit its draft or create a new"
              + " version.");
    }
    TemplateData checked = checked(data, author);
    ProjectTemplate t =
        templates.saveAndFlush(
            ProjectTemplate.draft(
                checked, write(checked.contentOrEmpty()), author.username(), clock.instant()));
    t.startLineage();
    templates.flush();
    return template(t.getId());
  }

  @Transactional
  @Override
  public TemplateView revise(long id, TemplateData data, long expectedVersion, CurrentUser editor) {
    PracticesAccess.requireMethodWriter(editor);
    ProjectTemplate t = find(id);
    requireVersion(t, expectedVersion);
    t.requireDraft();
    if (data.name() != null
        && templates.existsByNameIgnoreCaseAndLineageIdNot(data.name().trim(), t.getLineageId())) {
      throw InvalidInputException.of("name", "Another template already has this name.");
    }
    TemplateData checked = checked(data, editor);
    t.revise(checked, write(checked.contentOrEmpty()), editor.username(), clock.instant());
    templates.flush();
    return template(id);
  }

  /** Freezes the draft and retires the version it was copied from. */
  @Transactional
  public TemplateView publish(long id, long expectedVersion, CurrentUser by) {
    PracticesAccess.requireMethodWriter(by);
    ProjectTemplate t = find(id);
    requireVersion(t, expectedVersion);
    t.publishReplacing(
        Optional.ofNullable(t.getPreviousId()).flatMap(templates::findById),
        by.username(),
        clock.instant());
    templates.flush();
    return template(id);
  }

  @Transactional
  public TemplateView newVersion(long id, CurrentUser by) {
    PracticesAccess.requireMethodWriter(by);
    ProjectTemplate t = find(id);
    t.requireNoDraftAfter(templates.findFirstByPreviousId(t.getId()));
    ProjectTemplate copy = templates.saveAndFlush(t.newVersion(by.username(), clock.instant()));
    return template(copy.getId());
  }

  /** Whether a template version of this id exists, for the lessons promoted into one. */
  @Transactional(readOnly = true)
  public boolean exists(long id) {
    return templates.existsById(id);
  }

  ProjectTemplate find(long id) {
    return templates.findById(id).orElseThrow(() -> new NotFoundException("Template", id));
  }

  TemplateContent content(ProjectTemplate t) {
    return json.readValue(t.getContent(), TemplateContent.class);
  }

  private String write(TemplateContent content) {
    return json.writeValueAsString(content);
  }

  private static void requireVersion(ProjectTemplate t, long expectedVersion) {
    if (t.getVersion() != expectedVersion) {
      throw new StaleVersionException("The template " + t.label(), expectedVersion, t.getVersion());
    }
  }

  /**
   * Refuses, next to the field, what would make a project impossible to start: an unknown or
   * replaced lifecycle, a method that is not published or is on another lifecycle, an unknown tier,
   * two items of one kind with the same name, a task following an unknown task or a circle of
   * tasks, RACI letters for roles the template does not name or that the role catalog lacks. A
   * method without a lifecycle gives the template its lifecycle.
   */
  private TemplateData checked(TemplateData data, CurrentUser by) {
    List<FieldProblem> problems = new ArrayList<>();
    Long lifecycleId = data.lifecycleId();
    if (data.methodId() != null) {
      MethodView method = null;
      try {
        method = methods.method(data.methodId());
      } catch (NotFoundException gone) {
        problems.add(new FieldProblem("methodId", "This method does not exist."));
      }
      if (method != null && method.status() != MethodStatus.PUBLISHED) {
        problems.add(new FieldProblem("methodId", "Choose a published method; this one is not."));
      } else if (method != null && lifecycleId == null) {
        lifecycleId = method.lifecycleId();
      } else if (method != null && method.lifecycleId() != lifecycleId) {
        problems.add(
            new FieldProblem(
                "methodId",
                "The method "
                    + method.name()
                    + " is on the lifecycle "
                    + method.lifecycleLabel()
                    + "; choose that lifecycle or another method."));
      }
    }
    if (lifecycleId != null) {
      LifecycleOutline lifecycle = governance.lifecycle(lifecycleId).orElse(null);
      if (lifecycle == null) {
        problems.add(new FieldProblem("lifecycleId", "This lifecycle does not exist."));
      } else if (lifecycle.retired()) {
        problems.add(
            new FieldProblem(
                "lifecycleId",
                "The lifecycle " + lifecycle.label() + " was replaced by a newer revision."));
      }
    }
    if (lifecycleId != null && data.tierId() == null) {
      problems.add(
          new FieldProblem(
              "tierId", "Choose the tier its projects start in, to put them on the lifecycle."));
    }
    if (data.tierId() != null
        && governance.tiers().stream().noneMatch(t -> t.id() == data.tierId())) {
      problems.add(new FieldProblem("tierId", "This tier does not exist."));
    }
    TemplateContent c = data.contentOrEmpty();
    unique(c.tasks().stream().map(TemplateContent.TaskItem::name).toList(), "tasks", problems);
    unique(
        c.milestones().stream().map(TemplateContent.MilestoneItem::name).toList(),
        "milestones",
        problems);
    unique(c.risks().stream().map(TemplateContent.RiskItem::title).toList(), "risks", problems);
    unique(c.budget().stream().map(TemplateContent.BudgetItem::key).toList(), "budget", problems);
    unique(c.raci().stream().map(TemplateContent.RaciItem::activity).toList(), "raci", problems);
    unique(c.raciRoles(), "raciRoles", problems);
    unique(c.checklist(), "checklist", problems);
    unique(
        c.documents().stream().map(TemplateContent.DocumentItem::name).toList(),
        "documents",
        problems);
    checkTasks(c.tasks(), problems);
    checkRaci(c, by, problems);
    checkDocumentTemplates(c.documents(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new TemplateData(
        data.name(),
        data.description(),
        lifecycleId,
        data.methodId(),
        data.tierId(),
        data.category(),
        data.priority(),
        data.changeNote(),
        c,
        data.version());
  }

  /** A document's library template must be one of the archive's. */
  private void checkDocumentTemplates(
      List<TemplateContent.DocumentItem> documents, List<FieldProblem> problems) {
    List<Long> named =
        documents.stream()
            .map(TemplateContent.DocumentItem::templateId)
            .filter(java.util.Objects::nonNull)
            .toList();
    if (named.isEmpty()) {
      return;
    }
    Set<Long> known = archive.templateNames(named).keySet();
    for (int i = 0; i < documents.size(); i++) {
      Long id = documents.get(i).templateId();
      if (id != null && !known.contains(id)) {
        problems.add(
            new FieldProblem(
                "documents[" + i + "]",
                "'"
                    + documents.get(i).name().trim()
                    + "': the archive's template library has no template "
                    + id
                    + "."));
      }
    }
  }

  private static void unique(List<String> names, String field, List<FieldProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String key = TemplateContent.key(names.get(i));
      if (!key.isEmpty() && !seen.add(key)) {
        problems.add(
            new FieldProblem(
                field + "[" + i + "]", "'" + names.get(i).trim() + "' is named twice."));
      }
    }
  }

  private static void checkTasks(
      List<TemplateContent.TaskItem> tasks, List<FieldProblem> problems) {
    Map<String, TemplateContent.TaskItem> byKey = new HashMap<>();
    tasks.forEach(t -> byKey.putIfAbsent(TemplateContent.key(t.name()), t));
    for (int i = 0; i < tasks.size(); i++) {
      for (String before : tasks.get(i).after()) {
        String key = TemplateContent.key(before);
        if (!byKey.containsKey(key)) {
          problems.add(
              new FieldProblem(
                  "tasks[" + i + "].after", "There is no task '" + before.trim() + "' to follow."));
        } else if (key.equals(TemplateContent.key(tasks.get(i).name()))) {
          problems.add(new FieldProblem("tasks[" + i + "].after", "A task cannot follow itself."));
        }
      }
    }
    if (problems.isEmpty() && TaskOrder.hasCycle(tasks)) {
      problems.add(new FieldProblem("tasks", "The tasks follow each other in a circle."));
    }
  }

  private void checkRaci(TemplateContent c, CurrentUser by, List<FieldProblem> problems) {
    for (int i = 0; i < c.raci().size(); i++) {
      if (c.raci().get(i).letters().size() > c.raciRoles().size()) {
        problems.add(
            new FieldProblem(
                "raci[" + i + "].letters",
                "More letters than roles: the template names "
                    + c.raciRoles().size()
                    + " RACI roles."));
      }
    }
    if (c.raciRoles().isEmpty()) {
      return;
    }
    Set<String> catalog =
        resources.roles(by).stream()
            .map(r -> TemplateContent.key(r.name()))
            .collect(Collectors.toSet());
    for (int i = 0; i < c.raciRoles().size(); i++) {
      if (!catalog.contains(TemplateContent.key(c.raciRoles().get(i)))) {
        problems.add(
            new FieldProblem(
                "raciRoles[" + i + "]",
                "The role catalog has no role '" + c.raciRoles().get(i).trim() + "'."));
      }
    }
  }

  /** The catalog's role of this name, for the RACI columns. */
  Map<String, Long> roleIds(CurrentUser by) {
    return resources.roles(by).stream()
        .collect(Collectors.toMap(r -> TemplateContent.key(r.name()), RoleView::id, (a, b) -> a));
  }

  List<TemplateView> views(List<ProjectTemplate> list) {
    Map<Long, LifecycleOutline> lifecycles =
        governance.lifecycles().stream()
            .collect(Collectors.toMap(LifecycleOutline::id, Function.identity()));
    Map<Long, TierOutline> tiers =
        governance.tiers().stream().collect(Collectors.toMap(TierOutline::id, t -> t));
    Map<Long, String> methodNames = new HashMap<>();
    methods
        .methods()
        .forEach(m -> methodNames.put(m.id(), m.name() + " (version " + m.revision() + ")"));
    Map<Long, Long> drafts = new HashMap<>();
    for (ProjectTemplate t : templates.findAll()) {
      if (t.getPreviousId() != null && t.getStatus() == MethodStatus.DRAFT) {
        drafts.put(t.getPreviousId(), t.getId());
      }
    }
    return list.stream()
        .map(
            t ->
                new TemplateView(
                    t.getId(),
                    t.getLineageId() == null ? t.getId() : t.getLineageId(),
                    t.getName(),
                    t.getDescription(),
                    t.getRevision(),
                    t.getPreviousId(),
                    drafts.get(t.getId()),
                    t.getStatus(),
                    t.getLifecycleId(),
                    t.getLifecycleId() == null || !lifecycles.containsKey(t.getLifecycleId())
                        ? null
                        : lifecycles.get(t.getLifecycleId()).label(),
                    t.getMethodId(),
                    t.getMethodId() == null ? null : methodNames.get(t.getMethodId()),
                    t.getTierId(),
                    t.getTierId() == null || !tiers.containsKey(t.getTierId())
                        ? null
                        : tiers.get(t.getTierId()).name(),
                    t.getCategory(),
                    t.getPriority(),
                    t.getChangeNote(),
                    content(t),
                    followers.countByTemplateId(t.getId()),
                    t.getPublishedAt(),
                    t.getPublishedBy(),
                    t.getVersion(),
                    t.getUpdatedAt(),
                    t.getUpdatedBy()))
        .toList();
  }
}
