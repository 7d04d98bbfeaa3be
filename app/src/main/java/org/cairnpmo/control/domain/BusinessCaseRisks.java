package org.cairnpmo.control.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ProposalApproved.KnownRisk;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project made from an approved proposal starts its RAID log with the risks its business case
 * named, so that nobody types them in again.
 *
 * <ul>
 *   <li>The risk's description becomes its title (shortened to 200 characters at a word) and what
 *       could happen (its event), followed by the note "From the business case of PRO-0031.".
 *   <li>Probability and impact are 1–5 in the business case as in the RAID log, so they are kept; a
 *       value outside that range is brought to the nearest end.
 *   <li>The owner is the project's manager; without one the risk has no owner until someone takes
 *       it. The risks are logged open, by the system.
 *   <li>A project's risks are carried over once: the carry-over is recorded in the same transaction
 *       as the risks, so a redelivered event (the publication registry retries an event whose
 *       listener did not finish) finds it and adds nothing.
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BusinessCaseRisks {

  private static final Logger log = LoggerFactory.getLogger(BusinessCaseRisks.class);

  static final int TITLE_LENGTH = 200;
  static final int TEXT_LENGTH = 2000;

  private final RiskRepository risks;
  private final ControlAccess access;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  @ApplicationModuleListener
  void on(ProjectFromProposal created) {
    carryOver(created);
  }

  /** What {@link #on} does, in the caller's transaction or a new one. */
  @Transactional
  void carryOver(ProjectFromProposal created) {
    ProposalApproved proposal = created.proposal();
    if (proposal.risks().isEmpty() || carried(created.projectId())) {
      return;
    }
    ProjectView project = access.find(created.projectId(), ControlAccess.SYSTEM).orElse(null);
    if (project == null) {
      log.warn("Project {} from proposal {} is gone", created.projectCode(), proposal.code());
      return;
    }
    List<Risk> logged = new ArrayList<>();
    for (KnownRisk known : proposal.risks()) {
      logged.add(
          Risk.log(
              project.id(),
              data(known, proposal.code()),
              project.managerId(),
              ControlAccess.SYSTEM.username(),
              clock.instant()));
    }
    risks.saveAll(logged);
    jdbc.update(
        "insert into ctl_business_case_carryover (project_id, proposal_id, risks, carried_at)"
            + " values (?, ?, ?, ?)",
        project.id(),
        proposal.proposalId(),
        logged.size(),
        Timestamp.from(clock.instant()));
    events.publishEvent(new ProjectControlChanged(project.id(), "raid"));
    log.info(
        "Logged {} risks of the business case of {} in project {}",
        logged.size(),
        proposal.code(),
        project.code());
  }

  private boolean carried(long projectId) {
    Integer found =
        jdbc.queryForObject(
            "select count(*) from ctl_business_case_carryover where project_id = ?",
            Integer.class,
            projectId);
    return found != null && found > 0;
  }

  /** The business case's risk as the RAID log keeps it. */
  static RiskData data(KnownRisk known, String proposalCode) {
    String description = known.description() == null ? "" : known.description().strip();
    String note = "From the business case of " + proposalCode + ".";
    String title = description.isEmpty() ? "Risk of the business case" : shorten(description);
    String event =
        description.isEmpty()
            ? note
            : cut(description, TEXT_LENGTH - note.length() - 2) + "\n\n" + note;
    return new RiskData(
        title,
        null,
        event,
        null,
        onScale(known.probability()),
        onScale(known.impact()),
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  /** Probability and impact are 1–5 on both sides; anything else is brought into range. */
  static int onScale(int value) {
    return Math.max(1, Math.min(5, value));
  }

  /** The first line of the text, at most the title's length, cut at a word with an ellipsis. */
  static String shorten(String text) {
    String line = text.lines().findFirst().orElse(text).strip();
    if (line.length() <= TITLE_LENGTH) {
      return line;
    }
    String cut = line.substring(0, TITLE_LENGTH - 1);
    int space = cut.lastIndexOf(' ');
    return (space > TITLE_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
