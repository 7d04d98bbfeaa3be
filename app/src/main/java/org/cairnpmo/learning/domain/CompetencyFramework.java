package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.CompetencyViews.AreaData;
import org.cairnpmo.learning.domain.CompetencyViews.AreaView;
import org.cairnpmo.learning.domain.CompetencyViews.BuildView;
import org.cairnpmo.learning.domain.CompetencyViews.CompetencyView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileData;
import org.cairnpmo.learning.domain.CompetencyViews.TargetProfileView;
import org.cairnpmo.learning.domain.CompetencyViews.TargetView;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency framework: areas, competencies with their level descriptors, the target profile of
 * each role and the competencies each course builds. Everyone signed in reads it; the PMO and
 * administrators write it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetencyFramework {

  private final CompetencyAreaRepository areas;
  private final CompetencyRepository competencies;
  private final TargetProfileRepository profiles;
  private final CourseBuildRepository builds;
  private final CourseRepository courses;
  private final Clock clock;

  // ---------------------------------------------------------------- reading

  /** The areas by position, each with its competencies by name. */
  @Transactional(readOnly = true)
  public List<AreaView> framework() {
    Map<Long, List<CompetencyView>> byArea =
        competencies.findAllByOrderByNameAsc().stream()
            .map(this::view)
            .collect(Collectors.groupingBy(CompetencyView::areaId));
    return areas.findAllByOrderByPositionAscIdAsc().stream()
        .map(
            a ->
                new AreaView(
                    a.getId(),
                    a.getName(),
                    a.getPosition(),
                    byArea.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  @Transactional(readOnly = true)
  public CompetencyView competency(long id) {
    return view(find(id));
  }

  @Transactional(readOnly = true)
  public List<TargetProfileView> profiles() {
    Map<Long, Competency> byId = byId();
    return profiles.findAllByOrderByRoleNameAsc().stream().map(p -> view(p, byId)).toList();
  }

  /** The target profile of the role named {@code role} (any case), if the PMO has set one. */
  @Transactional(readOnly = true)
  public java.util.Optional<TargetProfileView> profile(String role) {
    return profiles.findByRoleNameIgnoreCase(role.strip()).map(p -> view(p, byId()));
  }

  @Transactional(readOnly = true)
  public List<BuildView> buildsOf(long courseId) {
    Map<Long, Competency> byId = byId();
    return builds.findByKeyCourseId(courseId).stream()
        .map(
            b ->
                new BuildView(b.competencyId(), byId.get(b.competencyId()).getName(), b.getLevel()))
        .sorted(Comparator.comparing(BuildView::competency))
        .toList();
  }

  Map<Long, Competency> byId() {
    return competencies.findAll().stream()
        .collect(Collectors.toMap(Competency::getId, Function.identity()));
  }

  Map<Long, String> areaNames() {
    return areas.findAll().stream()
        .collect(Collectors.toMap(CompetencyArea::getId, CompetencyArea::getName));
  }

  // ---------------------------------------------------------------- changes

  @Transactional
  public AreaView addArea(AreaData data, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    if (areas.findByNameIgnoreCase(data.name().strip()).isPresent()) {
      throw InvalidInputException.of("name", "An area of this name exists already.");
    }
    int position = data.position() == null ? (int) areas.count() : data.position();
    CompetencyArea a = areas.saveAndFlush(CompetencyArea.of(data.name(), position));
    return new AreaView(a.getId(), a.getName(), a.getPosition(), List.of());
  }

  @Transactional
  public CompetencyView define(CompetencyData data, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    requireArea(data.areaId());
    requireFreeName(data.name(), null);
    return view(competencies.saveAndFlush(Competency.define(data, by.username(), clock.instant())));
  }

  @Transactional
  public CompetencyView revise(long id, CompetencyData data, long expectedVersion, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    Competency c = find(id);
    VersionCheck.require("Competency", expectedVersion, c.getVersion());
    requireArea(data.areaId());
    requireFreeName(data.name(), id);
    c.revise(data, by.username(), clock.instant());
    return view(competencies.saveAndFlush(c));
  }

  /**
   * Sets the target profile of a role, creating it the first time. A change names the version that
   * was read ({@code expectedVersion}; null only for a role without a profile yet).
   */
  @Transactional
  public TargetProfileView setProfile(
      TargetProfileData data, Long expectedVersion, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    TargetProfile p =
        profiles
            .findByRoleNameIgnoreCase(data.role().strip())
            .orElseGet(() -> TargetProfile.of(data.role(), by.username(), clock.instant()));
    if (p.getId() != null) {
      if (expectedVersion == null) {
        throw InvalidInputException.of(
            "version", "The role has a profile already: send the version you read (If-Match).");
      }
      VersionCheck.require("Target profile", expectedVersion, p.getVersion());
    }
    p.require(levels("targets", data.targets()), by.username(), clock.instant());
    return view(profiles.saveAndFlush(p), byId());
  }

  /** Replaces the competencies {@code courseId} builds and the level it brings each to. */
  @Transactional
  public List<BuildView> setBuilds(long courseId, List<TargetData> levels, CurrentUser by) {
    LearningAccess.requireCatalogWriter(by);
    if (!courses.existsById(courseId)) {
      throw new NotFoundException("Course", courseId);
    }
    Map<Long, Integer> wanted = levels("competencies", levels);
    builds.deleteAll(builds.findByKeyCourseId(courseId));
    builds.flush();
    wanted.forEach(
        (competency, level) -> builds.save(new CourseBuild(courseId, competency, level)));
    builds.flush();
    return buildsOf(courseId);
  }

  private Map<Long, Integer> levels(String field, List<TargetData> levels) {
    Map<Long, Integer> wanted = new LinkedHashMap<>();
    for (TargetData t : levels) {
      if (!competencies.existsById(t.competencyId())) {
        throw InvalidInputException.of(field, "No competency " + t.competencyId() + ".");
      }
      if (wanted.put(t.competencyId(), Competency.level(field, t.level())) != null) {
        throw InvalidInputException.of(field, "Name each competency once.");
      }
    }
    return wanted;
  }

  private void requireArea(long areaId) {
    if (!areas.existsById(areaId)) {
      throw InvalidInputException.of("areaId", "No such area.");
    }
  }

  private void requireFreeName(String name, Long self) {
    competencies
        .findByNameIgnoreCase(name.strip())
        .filter(other -> !other.getId().equals(self))
        .ifPresent(
            other -> {
              throw InvalidInputException.of("name", "A competency of this name exists already.");
            });
  }

  Competency find(long id) {
    return competencies.findById(id).orElseThrow(() -> new NotFoundException("Competency", id));
  }

  private CompetencyView view(Competency c) {
    String area = areas.findById(c.getAreaId()).map(CompetencyArea::getName).orElse(null);
    return new CompetencyView(
        c.getId(),
        c.getAreaId(),
        area,
        c.getName(),
        c.getDescription(),
        c.levels(),
        c.getVersion());
  }

  private static TargetProfileView view(TargetProfile p, Map<Long, Competency> byId) {
    List<TargetView> targets =
        p.levels().entrySet().stream()
            .map(e -> new TargetView(e.getKey(), byId.get(e.getKey()).getName(), e.getValue()))
            .sorted(Comparator.comparing(TargetView::competency))
            .toList();
    return new TargetProfileView(p.getId(), p.getRoleName(), targets, p.getVersion());
  }
}
