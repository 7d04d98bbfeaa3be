package org.cairnpmo.practices.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.cairnpmo.practices.MethodPublished;
import org.cairnpmo.practices.MethodStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methodology library: methods based on governance's lifecycles, their versions and which tiers
 * follow them. Everyone signed in reads it; the PMO and administrators write it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MethodService implements DefinedEntries<MethodData, MethodView> {

  private final MethodRepository methods;
  private final GovernanceApi governance;
  private final ArchiveApi archive;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<MethodView> methods() {
    return views(methods.findAllByOrderByNameAscRevisionDesc());
  }

  @Transactional(readOnly = true)
  public MethodView method(long id) {
    return views(List.of(find(id))).get(0);
  }

  @Transactional(readOnly = true)
  public MethodData forEdit(long id) {
    return find(id).toData();
  }

  /** The published method each tier's projects follow, by tier id. */
  @Transactional(readOnly = true)
  public Map<Long, MethodView> publishedByTier() {
    Map<Long, MethodView> byTier = new HashMap<>();
    for (MethodView m : methods()) {
      if (m.status() == MethodStatus.PUBLISHED) {
        m.tiers().forEach(t -> byTier.put(t.id(), m));
      }
    }
    return byTier;
  }

  @Transactional
  @Override
  public MethodView define(MethodData data, CurrentUser author) {
    PracticesAccess.requireMethodWriter(author);
    if (data.name() != null && methods.existsByNameIgnoreCase(data.name().trim())) {
      throw InvalidInputException.of(
          "name",
          "A method with this name exists; to change it, edit its draft or create a new version.");
    }
    MethodData checked = checked(data, null);
    Method method = methods.saveAndFlush(Method.draft(checked, author.username(), clock.instant()));
    method.startLineage();
    methods.flush();
    return method(method.getId());
  }

  @Transactional
  @Override
  public MethodView revise(long id, MethodData data, long expectedVersion, CurrentUser editor) {
    PracticesAccess.requireMethodWriter(editor);
    Method method = find(id);
    requireVersion(method, expectedVersion);
    method.requireDraft();
    if (data.name() != null
        && methods.existsByNameIgnoreCaseAndLineageIdNot(
            data.name().trim(), method.getLineageId())) {
      throw InvalidInputException.of("name", "Another method already has this name.");
    }
    method.revise(checked(data, method.getLineageId()), editor.username(), clock.instant());
    methods.flush();
    return views(List.of(method)).get(0);
  }

  /**
   * Publishes a draft: it is frozen from now on, and the version it was copied from is retired, so
   * that the tiers follow the new one.
   */
  @Transactional
  public MethodView publish(long id, long expectedVersion, CurrentUser by) {
    PracticesAccess.requireMethodWriter(by);
    Method method = find(id);
    requireVersion(method, expectedVersion);
    method.publishReplacing(
        Optional.ofNullable(method.getPreviousId()).flatMap(methods::findById),
        by.username(),
        clock.instant());
    methods.flush();
    events.publishEvent(
        new MethodPublished(
            method.getId(),
            method.getName(),
            method.getRevision(),
            method.getPreviousId(),
            List.copyOf(method.getTierIds())));
    return views(List.of(method)).get(0);
  }

  /** A draft copy of a published version, to change; refused while a draft of it exists. */
  @Transactional
  public MethodView newVersion(long id, CurrentUser by) {
    PracticesAccess.requireMethodWriter(by);
    Method method = find(id);
    method.requireNoDraftAfter(methods.findFirstByPreviousId(method.getId()));
    Method copy = methods.saveAndFlush(method.newVersion(by.username(), clock.instant()));
    return views(List.of(copy)).get(0);
  }

  Method find(long id) {
    return methods.findById(id).orElseThrow(() -> new NotFoundException("Method", id));
  }

  private static void requireVersion(Method method, long expectedVersion) {
    if (method.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The method " + method.label(), expectedVersion, method.getVersion());
    }
  }

  /**
   * The data with its phases complete and in the lifecycle's order, as the lifecycle spells them;
   * refused (field problems) for an unknown or replaced lifecycle, a phase the lifecycle does not
   * have or names twice, or a tier that does not exist or follows another method.
   */
  private MethodData checked(MethodData data, Long lineageId) {
    List<FieldProblem> problems = new ArrayList<>();
    LifecycleOutline lifecycle =
        data.lifecycleId() == null ? null : governance.lifecycle(data.lifecycleId()).orElse(null);
    if (data.lifecycleId() != null && lifecycle == null) {
      problems.add(new FieldProblem("lifecycleId", "This lifecycle does not exist."));
    } else if (lifecycle != null && lifecycle.retired()) {
      problems.add(
          new FieldProblem(
              "lifecycleId",
              "The lifecycle "
                  + lifecycle.label()
                  + " was replaced by a newer revision; base the method on that one."));
    }
    Map<String, MethodData.PhaseData> byPhase = new HashMap<>();
    if (lifecycle != null) {
      Map<String, String> spelling = new LinkedHashMap<>();
      lifecycle.phases().forEach(p -> spelling.put(key(p), p));
      List<MethodData.PhaseData> given = data.phasesOrEmpty();
      for (int i = 0; i < given.size(); i++) {
        MethodData.PhaseData phase = given.get(i);
        if (phase == null || phase.phase() == null || phase.phase().isBlank()) {
          continue; // bean validation names it
        }
        String name = spelling.get(key(phase.phase()));
        if (name == null) {
          problems.add(
              new FieldProblem(
                  "phases[" + i + "].phase",
                  "The lifecycle "
                      + lifecycle.label()
                      + " has no phase '"
                      + phase.phase().trim()
                      + "'. Its phases: "
                      + String.join(", ", lifecycle.phases())
                      + "."));
        } else if (byPhase.containsKey(name)) {
          problems.add(
              new FieldProblem(
                  "phases[" + i + "].phase", "The phase " + name + " is named twice."));
        } else {
          byPhase.put(
              name,
              new MethodData.PhaseData(
                  name, phase.guidance(), phase.checklist(), phase.deliverables()));
        }
      }
    }
    checkTiers(data.tierIdsOrEmpty(), lineageId, problems);
    checkTemplates(data.phasesOrEmpty(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<MethodData.PhaseData> phases =
        lifecycle == null
            ? List.of()
            : lifecycle.phases().stream()
                .map(p -> byPhase.getOrDefault(p, MethodData.PhaseData.empty(p)))
                .toList();
    return new MethodData(
        data.name(),
        data.description(),
        data.lifecycleId(),
        List.copyOf(new java.util.LinkedHashSet<>(data.tierIdsOrEmpty())),
        phases,
        data.version());
  }

  /** A deliverable's document template must be one of the archive's library. */
  private void checkTemplates(List<MethodData.PhaseData> phases, List<FieldProblem> problems) {
    Set<Long> named = new HashSet<>();
    phases.stream()
        .filter(java.util.Objects::nonNull)
        .flatMap(p -> p.deliverablesOrEmpty().stream())
        .filter(d -> d != null && d.templateId() != null)
        .forEach(d -> named.add(d.templateId()));
    if (named.isEmpty()) {
      return;
    }
    Set<Long> known = archive.templateNames(named).keySet();
    for (int i = 0; i < phases.size(); i++) {
      MethodData.PhaseData phase = phases.get(i);
      List<MethodData.DeliverableData> ds = phase == null ? List.of() : phase.deliverablesOrEmpty();
      for (int j = 0; j < ds.size(); j++) {
        Long id = ds.get(j) == null ? null : ds.get(j).templateId();
        if (id != null && !known.contains(id)) {
          problems.add(
              new FieldProblem(
                  "phases[" + i + "].deliverables[" + j + "].templateId",
                  "The archive's template library has no template " + id + "."));
        }
      }
    }
  }

  private void checkTiers(List<Long> tierIds, Long lineageId, List<FieldProblem> problems) {
    if (tierIds.isEmpty()) {
      return;
    }
    Map<Long, TierOutline> tiers =
        governance.tiers().stream().collect(Collectors.toMap(TierOutline::id, t -> t));
    if (tierIds.stream().anyMatch(t -> t != null && !tiers.containsKey(t))) {
      problems.add(new FieldProblem("tierIds", "One of the tiers does not exist."));
      return;
    }
    for (Method other : methods.findAll()) {
      if (other.getStatus() == MethodStatus.RETIRED
          || (lineageId != null && lineageId.equals(other.getLineageId()))) {
        continue;
      }
      for (Long tier : tierIds) {
        if (tier != null && other.getTierIds().contains(tier)) {
          problems.add(
              new FieldProblem(
                  "tierIds",
                  "The tier "
                      + tiers.get(tier).name()
                      + " already follows the method "
                      + other.getName()
                      + "; take it off that method first."));
          return;
        }
      }
    }
  }

  private static String key(String phase) {
    return phase.trim().toLowerCase(Locale.ROOT);
  }

  private List<MethodView> views(List<Method> list) {
    Map<Long, LifecycleOutline> lifecycles =
        governance.lifecycles().stream()
            .collect(Collectors.toMap(LifecycleOutline::id, Function.identity()));
    Map<Long, TierOutline> tiers =
        governance.tiers().stream().collect(Collectors.toMap(TierOutline::id, t -> t));
    Map<Long, Long> drafts = new HashMap<>();
    Set<Long> ids = new HashSet<>();
    list.forEach(m -> ids.add(m.getId()));
    for (Method m : methods.findAll()) {
      if (m.getPreviousId() != null && ids.contains(m.getPreviousId()) && m.isDraft()) {
        drafts.put(m.getPreviousId(), m.getId());
      }
    }
    return list.stream()
        .map(
            m -> {
              LifecycleOutline lifecycle = lifecycles.get(m.getLifecycleId());
              return new MethodView(
                  m.getId(),
                  m.getLineageId() == null ? m.getId() : m.getLineageId(),
                  m.getName(),
                  m.getDescription(),
                  m.getRevision(),
                  m.getPreviousId(),
                  drafts.get(m.getId()),
                  m.getStatus(),
                  m.getLifecycleId(),
                  lifecycle == null ? "#" + m.getLifecycleId() : lifecycle.label(),
                  m.getTierIds().stream()
                      .map(tiers::get)
                      .filter(java.util.Objects::nonNull)
                      .sorted(java.util.Comparator.comparingInt(TierOutline::level))
                      .toList(),
                  m.getPhases().stream()
                      .map(
                          p ->
                              new MethodView.PhaseView(
                                  p.getPosition(),
                                  p.getPhaseName(),
                                  p.getGuidance(),
                                  Guidance.html(p.getGuidance()),
                                  p.getChecklist(),
                                  p.getDeliverables().stream().map(Deliverable::toData).toList()))
                      .toList(),
                  m.getPublishedAt(),
                  m.getPublishedBy(),
                  m.getVersion(),
                  m.getUpdatedAt(),
                  m.getUpdatedBy());
            })
        .toList();
  }
}
