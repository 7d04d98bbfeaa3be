package org.cairnpmo.resources.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.resources.Absence;
import org.cairnpmo.resources.PersonData;
import org.hibernate.annotations.BatchSize;

/**
 * A person of the pool: what they can do (skills), how much they work (capacity, part time, their
 * own week or the organization's calendar, availability and absences) and what an hour of theirs
 * costs, with the history of that rate.
 */
@Entity
@KeepsHistory("pool-person")
@Table(name = "res_person")
@Getter
public class PoolPerson extends AggregateRoot<PoolPerson> {

  private Long userId;
  private String name;
  private Long departmentId;
  private Long lineManagerId;
  private Long jobRoleId;
  private BigDecimal capacityHours = BigDecimal.valueOf(40);
  private int partTimePct = 100;
  private String ownWeek;
  private LocalDate availableFrom;
  private LocalDate availableUntil;
  private Instant createdAt;
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "res_person_skill", joinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("skill")
  @BatchSize(size = 50)
  private List<SkillEntry> skills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "res_person_rate", joinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("effectiveFrom")
  @BatchSize(size = 50)
  private List<RateEntry> rates = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "res_person_absence", joinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("firstDay")
  @BatchSize(size = 50)
  private List<AbsenceEntry> absences = new ArrayList<>();

  @Version private long version;

  protected PoolPerson() {}

  PoolPerson(Instant createdAt) {
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /** Replaces everything but the rates with checked values ({@link PoolRules}). */
  void change(PersonData data, Instant at) {
    this.userId = data.userId();
    this.name = data.name();
    this.departmentId = data.departmentId();
    this.lineManagerId = data.lineManagerId();
    this.jobRoleId = data.jobRoleId();
    this.capacityHours = data.capacityHours();
    this.partTimePct = data.partTimePercent();
    this.ownWeek =
        data.ownWeek().isEmpty()
            ? null
            : data.ownWeek().stream()
                .map(h -> h.stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
    this.availableFrom = data.availableFrom();
    this.availableUntil = data.availableUntil();
    this.skills.clear();
    data.skills().forEach(s -> skills.add(new SkillEntry(s.skill(), s.proficiency())));
    this.absences.clear();
    data.absences()
        .forEach(a -> absences.add(new AbsenceEntry(a.firstDay(), a.lastDay(), a.reason())));
    this.updatedAt = at;
  }

  /**
   * Sets the rate from {@code from} on; a rate already starting that day is replaced, so that a
   * correction does not leave two rates for one day.
   */
  void rateFrom(LocalDate from, BigDecimal hourlyRate, Instant at) {
    rates.removeIf(r -> r.effectiveFrom().equals(from));
    rates.add(new RateEntry(from, hourlyRate));
    rates.sort(Comparator.comparing(RateEntry::effectiveFrom));
    this.updatedAt = at;
  }

  /** Removes the rate that starts on {@code from}; "not found" when there is none. */
  void removeRate(LocalDate from, Instant at) {
    if (!rates.removeIf(r -> r.effectiveFrom().equals(from))) {
      throw new NotFoundException("Rate from", from);
    }
    this.updatedAt = at;
  }

  /** The rate on {@code day}: the latest one from on or before it; empty before the first. */
  public Optional<BigDecimal> rateOn(LocalDate day) {
    return rates.stream()
        .filter(r -> !r.effectiveFrom().isAfter(day))
        .max(Comparator.comparing(RateEntry::effectiveFrom))
        .map(RateEntry::hourlyRate);
  }

  /** The absence that holds {@code day}, if any. */
  public Optional<Absence> absenceOn(LocalDate day) {
    return absences.stream()
        .filter(a -> !day.isBefore(a.firstDay()) && !day.isAfter(a.lastDay()))
        .findFirst()
        .map(AbsenceEntry::view);
  }

  /** The hours per week after part time. */
  public BigDecimal weeklyHours() {
    return capacityHours
        .multiply(BigDecimal.valueOf(partTimePct))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** The person's own week, Monday first; empty for the organization's calendar. */
  public List<BigDecimal> ownWeekHours() {
    if (ownWeek == null || ownWeek.isBlank()) {
      return List.of();
    }
    return Arrays.stream(ownWeek.split(",")).map(BigDecimal::new).toList();
  }
}
