package org.cairnpmo.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.learning.CourseFormat;
import org.cairnpmo.learning.CourseKind;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/** A course of the catalog. Its sessions are records of their own ({@link CourseSession}). */
@Entity
@KeepsHistory("course")
@Table(name = "lrn_course")
@Getter
public class Course extends EditableRecord {

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private CourseKind kind;

  @Enumerated(EnumType.STRING)
  private CourseFormat format;

  private BigDecimal durationHours;
  private BigDecimal credits;
  private String provider;
  private BigDecimal cost;
  private String currency;
  private String language;
  private Long methodId;
  private String methodName;
  private boolean active;

  @Enumerated(EnumType.STRING)
  private CertificationKind prerequisiteCertification;

  @ElementCollection
  @CollectionTable(name = "lrn_course_prerequisite", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "prerequisite_id")
  @Getter(AccessLevel.NONE)
  private Set<Long> prerequisites = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "lrn_course_competency", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "competency")
  @Getter(AccessLevel.NONE)
  private Set<String> competencies = new TreeSet<>();

  protected Course() {}

  static Course define(CourseData data, String by, Instant now) {
    Course course = new Course();
    course.stampCreated(by, now);
    course.apply(data, by, now);
    return course;
  }

  void revise(CourseData data, String by, Instant now) {
    if (getId() != null && data.prerequisitesOrEmpty().contains(getId())) {
      throw InvalidInputException.of("prerequisiteIds", "A course cannot be its own prerequisite.");
    }
    apply(data, by, now);
  }

  private void apply(CourseData data, String by, Instant now) {
    title = text("title", data.title());
    description = blankToNull(data.description());
    if (description != null
        && InputRules.hasControlCharacter(description.replaceAll("[\r\n\t]", ""))) {
      throw InvalidInputException.of("description", InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    kind = data.kind();
    format = data.format();
    durationHours = data.durationHours();
    credits = data.credits();
    provider = blankToNull(data.provider());
    if (provider != null) {
      provider = text("provider", provider);
    }
    cost = data.cost();
    currency = data.currency();
    if (cost != null && currency == null) {
      throw InvalidInputException.of("currency", "Say the currency of the cost.");
    }
    language = data.language();
    methodId = data.methodId();
    methodName = blankToNull(data.methodName());
    active = data.isActive();
    prerequisites.clear();
    prerequisites.addAll(data.prerequisitesOrEmpty());
    prerequisiteCertification = data.prerequisiteCertification();
    competencies.clear();
    data.competenciesOrEmpty().forEach(c -> competencies.add(text("competencies", c)));
    stampChanged(by, now);
  }

  /**
   * What completing this course earns toward a certification's renewal: its own figure where it
   * names one, else the hours the person was recorded for, else its duration.
   */
  public BigDecimal creditsFor(BigDecimal hoursRecorded) {
    if (credits != null) {
      return credits;
    }
    return hoursRecorded != null ? hoursRecorded : durationHours;
  }

  public List<Long> getPrerequisites() {
    return List.copyOf(prerequisites);
  }

  public List<String> getCompetencies() {
    return List.copyOf(competencies);
  }

  private static String text(String field, String value) {
    String t = value.strip();
    if (InputRules.hasControlCharacter(t)) {
      throw InvalidInputException.of(field, InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    return t;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
