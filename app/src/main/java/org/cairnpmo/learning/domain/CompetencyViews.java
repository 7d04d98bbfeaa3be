package org.cairnpmo.learning.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/** The records the competency framework reads and takes. */
public final class CompetencyViews {

  private CompetencyViews() {}

  /** An area with its competencies, by name. */
  public record AreaView(long id, String name, int position, List<CompetencyView> competencies) {}

  /** A new area, listed by {@code position}. */
  public record AreaData(
      @NotBlank(message = "Enter the area's name")
          @Size(max = 120, message = "At most 120 characters")
          String name,
      @Min(value = 0, message = "Not negative") @Max(value = 999, message = "At most 999")
          Integer position) {}

  /** A competency; {@code levels} are the descriptors of levels 1 to 5, in order. */
  public record CompetencyView(
      long id,
      long areaId,
      String areaName,
      String name,
      String description,
      List<String> levels,
      long version)
      implements Versioned.Entry {}

  /** The level one role asks for in one competency. */
  public record TargetView(long competencyId, String competency, int level) {}

  /** A role's target profile. */
  public record TargetProfileView(long id, String role, List<TargetView> targets, long version)
      implements Versioned.Entry {}

  /** One level asked for: the competency and a level 1–5. */
  public record TargetData(
      @NotNull(message = "Choose the competency") Long competencyId,
      @NotNull(message = "Choose the level") Integer level) {}

  /**
   * A role's whole target profile; replaces the earlier one. For a change, {@code version} is the
   * version that was read.
   */
  public record TargetProfileData(
      @NotBlank(message = "Name the role") @Size(max = 120, message = "At most 120 characters")
          String role,
      @NotNull(message = "List the targets") @Size(max = 200, message = "At most 200 targets")
          List<@Valid @NotNull TargetData> targets,
      Long version) {}

  /** A course brings a person to {@code level} in a competency. */
  public record BuildView(long competencyId, String competency, int level) {}

  /** A person's level in one competency, by themselves or their manager. */
  public record AssessmentView(
      long id,
      long userId,
      long competencyId,
      String competency,
      CompetencyAssessment.Source source,
      int level,
      String note,
      String assessedBy,
      Instant assessedAt) {}

  /**
   * An assessment: of {@code userId} (the caller when absent), by themselves ({@code SELF}) or by
   * their line manager, the PMO or an administrator ({@code MANAGER}).
   */
  public record AssessmentData(
      Long userId,
      @NotNull(message = "Choose the competency") Long competencyId,
      @NotNull(message = "Say whose assessment it is") CompetencyAssessment.Source source,
      @NotNull(message = "Choose the level") Integer level,
      @Size(max = 1000, message = "At most 1000 characters") String note) {}

  /** A course that closes a gap: it brings a person to {@code level}. */
  public record CourseOption(long courseId, String title, int level) {}

  /**
   * One competency of the role's profile for one person: the level asked for, the levels assessed
   * (null when not assessed), the level counted ({@code current}: the manager's, else the person's
   * own, else 0), the gap (never negative) and the active courses that raise the level.
   */
  public record GapRow(
      long competencyId,
      String competency,
      String area,
      int target,
      Integer self,
      Integer manager,
      Integer byCourses,
      int current,
      int gap,
      List<CourseOption> courses) {}

  /** A person's gap against a role's target profile; {@code totalGap} sums the rows' gaps. */
  public record GapView(
      long userId, String personName, String role, List<GapRow> rows, int totalGap) {}
}
