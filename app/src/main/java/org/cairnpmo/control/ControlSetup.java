package org.cairnpmo.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RaidType;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module may set up on a project's control: key milestones, standard risks and the
 * reporting cadence, as a project template starts a project with them and later changes them. Each
 * call goes through control's own services, so the same rules and permissions hold as on control's
 * pages (the caller must be allowed to change the project). Work already done is never changed
 * here: a completed milestone and a risk no longer open are left as they are, and the answer says
 * so.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ControlSetup {

  private final MilestoneService milestones;
  private final RaidLog raid;
  private final ReportCadences cadences;

  /** The reporting cadences a project may follow, by name. */
  public static List<String> cadences() {
    return java.util.Arrays.stream(Cadence.values()).map(Enum::name).toList();
  }

  public MilestoneView addMilestone(long projectId, String name, LocalDate date, CurrentUser by) {
    return milestones.create(projectId, new MilestoneData(name, date, null, null, null), by);
  }

  /**
   * Renames or moves the milestone's baseline (and forecast) to {@code date}; empty, changing
   * nothing, when it is completed or gone.
   */
  @Transactional
  public Optional<MilestoneView> changeMilestone(
      long projectId, long milestoneId, String name, LocalDate date, CurrentUser by) {
    Optional<MilestoneView> current = openMilestone(projectId, milestoneId, by);
    return current.map(
        m ->
            milestones.update(
                projectId,
                milestoneId,
                new MilestoneData(name, date, null, null, m.version()),
                m.version(),
                by));
  }

  /** Deletes the milestone; false, changing nothing, when it is completed or gone. */
  @Transactional
  public boolean removeMilestone(long projectId, long milestoneId, CurrentUser by) {
    Optional<MilestoneView> current = openMilestone(projectId, milestoneId, by);
    current.ifPresent(m -> milestones.delete(projectId, milestoneId, m.version(), by));
    return current.isPresent();
  }

  /** The milestone while it is not completed. */
  @Transactional(readOnly = true)
  public Optional<MilestoneView> openMilestone(long projectId, long milestoneId, CurrentUser by) {
    return milestones.list(projectId, by).stream()
        .filter(m -> m.id() == milestoneId && m.completedDate() == null)
        .findFirst();
  }

  public RiskView logRisk(
      long projectId,
      String title,
      String description,
      int probability,
      int impact,
      CurrentUser by) {
    return raid.logRisk(
        projectId,
        new RiskData(
            title,
            null,
            description,
            null,
            probability,
            impact,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        by);
  }

  /**
   * Changes the risk's title, description and rating; empty, changing nothing, when it is closed,
   * occurred or gone.
   */
  @Transactional
  public Optional<RiskView> changeRisk(
      long projectId,
      long riskId,
      String title,
      String description,
      int probability,
      int impact,
      CurrentUser by) {
    return openRisk(projectId, riskId, by)
        .map(
            r ->
                raid.revise(
                    RaidType.RISK,
                    projectId,
                    riskId,
                    data(r, title, description, probability, impact, RiskStatus.OPEN),
                    r.state().version(),
                    by));
  }

  /** Closes the risk; false, changing nothing, when it is no longer open or gone. */
  @Transactional
  public boolean closeRisk(long projectId, long riskId, CurrentUser by) {
    Optional<RiskView> open = openRisk(projectId, riskId, by);
    open.ifPresent(
        r ->
            raid.revise(
                RaidType.RISK,
                projectId,
                riskId,
                data(r, r.title(), r.event(), r.probability(), r.impact(), RiskStatus.CLOSED),
                r.state().version(),
                by));
    return open.isPresent();
  }

  /** The risk while it is open. */
  @Transactional(readOnly = true)
  public Optional<RiskView> openRisk(long projectId, long riskId, CurrentUser by) {
    try {
      RiskView risk = raid.get(RaidType.RISK, projectId, riskId, by);
      return risk.status() == RiskStatus.OPEN ? Optional.of(risk) : Optional.empty();
    } catch (org.cairnpmo.platform.NotFoundException gone) {
      return Optional.empty();
    }
  }

  /**
   * Sets the project's reporting cadence ({@link #cadences()}), starting in the current period,
   * reports due two days after each period.
   */
  @Transactional
  public void setCadence(long projectId, String cadence, CurrentUser by) {
    Cadence chosen;
    try {
      chosen = Cadence.valueOf(cadence);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw InvalidInputException.of(
          "reportingCadence", "Use one of " + String.join(", ", cadences()) + ".");
    }
    var current = cadences.cadence(projectId, by);
    cadences.setCadence(
        projectId, new CadenceData(chosen, null, null, current.version()), current.version(), by);
  }

  private static RiskData data(
      RiskView r, String title, String description, int probability, int impact, RiskStatus s) {
    return RiskData.of(r)
        .withTitle(title)
        .withEvent(description)
        .withProbability(probability)
        .withImpact(impact)
        .withStatus(s);
  }
}
