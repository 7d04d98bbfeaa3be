package org.cairnpmo.learning.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.MentoringViews.CoachingView;
import org.cairnpmo.learning.domain.MentoringViews.MentoringView;
import org.cairnpmo.learning.domain.MentoringViews.SessionEntry;
import org.cairnpmo.learning.domain.MentoringViews.SessionLog;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring pairs and the PMO's coaching of project teams.
 *
 * <p>The PMO and administrators set pairs up and see them (goals, period, how many sessions,
 * feedback). A pair is seen by its two people; to anyone else it looks missing. The notes of its
 * sessions are the two people's alone: mentoring works on trust, so not even the PMO reads them; it
 * sees the dates. Only the pair logs sessions and gives feedback. Coaching is the PMO's work: the
 * PMO and administrators see and write it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentoringService {

  private final MentoringRepository pairs;
  private final MentoringSessionRepository sessions;
  private final CoachingRepository coachings;
  private final IdentityApi identity;
  private final org.cairnpmo.projects.ProjectsApi projects;
  private final Clock clock;

  // ---------------------------------------------------------------- pairs

  /** The pairs the viewer sees: all for the PMO and administrators, else their own. */
  @Transactional(readOnly = true)
  public List<MentoringView> pairs(CurrentUser viewer) {
    List<Mentoring> found =
        LearningAccess.seesAll(viewer)
            ? pairs.findAllByOrderByStartsOnDescIdAsc()
            : pairs.ofPerson(viewer.id());
    return views(found);
  }

  @Transactional(readOnly = true)
  public MentoringView pair(long id, CurrentUser viewer) {
    return views(List.of(find(id, viewer))).get(0);
  }

  @Transactional
  public MentoringView create(MentoringData data, CurrentUser by) {
    requirePmo(by);
    requireUser("mentorId", data.mentorId());
    requireUser("menteeId", data.menteeId());
    return pair(
        pairs.saveAndFlush(Mentoring.pair(data, by.username(), clock.instant())).getId(), by);
  }

  @Transactional
  public MentoringView revise(long id, MentoringData data, long expectedVersion, CurrentUser by) {
    Mentoring m = find(id, by);
    requirePmo(by);
    VersionCheck.require("Mentoring", expectedVersion, m.getVersion());
    m.plan(data, by.username(), clock.instant());
    pairs.saveAndFlush(m);
    return pair(id, by);
  }

  /** The feedback of the one of the pair who gives it. */
  @Transactional
  public MentoringView feedback(long id, String text, long expectedVersion, CurrentUser by) {
    Mentoring m = find(id, by);
    requirePair(m, by);
    VersionCheck.require("Mentoring", expectedVersion, m.getVersion());
    m.feedback(by.id(), text, by.username(), clock.instant());
    pairs.saveAndFlush(m);
    return pair(id, by);
  }

  // ---------------------------------------------------------------- the log

  /** The sessions, oldest first; the notes only for the pair. */
  @Transactional(readOnly = true)
  public List<SessionEntry> sessions(long id, CurrentUser viewer) {
    Mentoring m = find(id, viewer);
    boolean ofPair = m.isOfPair(viewer.id());
    return sessions.findByMentoringIdOrderByHeldOnAscIdAsc(id).stream()
        .map(
            s ->
                new SessionEntry(
                    s.getId(),
                    s.getHeldOn(),
                    ofPair ? s.getNotes() : null,
                    !ofPair,
                    s.getWrittenBy()))
        .toList();
  }

  @Transactional
  public SessionEntry log(long id, SessionLog entry, CurrentUser by) {
    Mentoring m = find(id, by);
    requirePair(m, by);
    MentoringSession s =
        sessions.saveAndFlush(
            MentoringSession.log(
                id, entry.heldOn(), entry.notes(), by.username(), clock.instant()));
    return new SessionEntry(s.getId(), s.getHeldOn(), s.getNotes(), false, s.getWrittenBy());
  }

  // ---------------------------------------------------------------- coaching

  @Transactional(readOnly = true)
  public List<CoachingView> coachings(CurrentUser viewer) {
    requirePmo(viewer);
    List<Coaching> all = coachings.findAllByOrderByStartsOnDescIdAsc();
    Map<Long, UserSummary> names =
        identity.usersByIds(all.stream().map(Coaching::getCoachId).toList());
    return all.stream().map(c -> view(c, names)).toList();
  }

  @Transactional(readOnly = true)
  public CoachingView coaching(long id, CurrentUser viewer) {
    requirePmoOrMissing(viewer, "Coaching", id);
    Coaching c = coachings.findById(id).orElseThrow(() -> new NotFoundException("Coaching", id));
    return view(c, identity.usersByIds(Set.of(c.getCoachId())));
  }

  @Transactional
  public CoachingView startCoaching(CoachingData data, CurrentUser by) {
    requirePmo(by);
    requireUser("coachId", data.coachId());
    requireProject(data.projectId());
    Coaching c = coachings.saveAndFlush(Coaching.start(data, by.username(), clock.instant()));
    return coaching(c.getId(), by);
  }

  @Transactional
  public CoachingView reviseCoaching(
      long id, CoachingData data, long expectedVersion, CurrentUser by) {
    requirePmoOrMissing(by, "Coaching", id);
    Coaching c = coachings.findById(id).orElseThrow(() -> new NotFoundException("Coaching", id));
    VersionCheck.require("Coaching", expectedVersion, c.getVersion());
    requireUser("coachId", data.coachId());
    requireProject(data.projectId());
    c.revise(data, by.username(), clock.instant());
    coachings.saveAndFlush(c);
    return coaching(id, by);
  }

  // ---------------------------------------------------------------- rules

  /** A pair as the viewer may see it: theirs, or any for the PMO; else missing. */
  private Mentoring find(long id, CurrentUser viewer) {
    return pairs
        .findById(id)
        .filter(m -> LearningAccess.seesAll(viewer) || m.isOfPair(viewer.id()))
        .orElseThrow(() -> new NotFoundException("Mentoring", id));
  }

  private static void requirePair(Mentoring m, CurrentUser by) {
    if (!m.isOfPair(by.id())) {
      throw new AccessDeniedException("Only the mentor and the mentee write the log and feedback");
    }
  }

  private static void requirePmo(CurrentUser by) {
    if (!LearningAccess.seesAll(by)) {
      throw new AccessDeniedException("Only the PMO and administrators do this");
    }
  }

  private static void requirePmoOrMissing(CurrentUser by, String what, long id) {
    if (!LearningAccess.seesAll(by)) {
      throw new NotFoundException(what, id);
    }
  }

  private void requireProject(Long projectId) {
    if (projectId != null && projects.project(projectId).isEmpty()) {
      throw InvalidInputException.of("projectId", "No such project.");
    }
    if (projectId != null) {
      projects.requireChangeable(projectId); // a closed project takes no new coaching
    }
  }

  private void requireUser(String field, long userId) {
    if (identity.user(userId).isEmpty()) {
      throw InvalidInputException.of(field, "No such person.");
    }
  }

  private List<MentoringView> views(List<Mentoring> found) {
    Map<Long, UserSummary> names =
        identity.usersByIds(
            found.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.getMentorId(), m.getMenteeId()))
                .toList());
    return found.stream()
        .map(
            m ->
                new MentoringView(
                    m.getId(),
                    m.getMentorId(),
                    name(names, m.getMentorId()),
                    m.getMenteeId(),
                    name(names, m.getMenteeId()),
                    m.getGoals(),
                    m.getStartsOn(),
                    m.getEndsOn(),
                    sessions.countByMentoringId(m.getId()),
                    m.getMentorFeedback(),
                    m.getMenteeFeedback(),
                    m.getVersion()))
        .toList();
  }

  private static String name(Map<Long, UserSummary> names, long id) {
    UserSummary u = names.get(id);
    return u == null ? "#" + id : u.displayName();
  }

  private static CoachingView view(Coaching c, Map<Long, UserSummary> names) {
    return new CoachingView(
        c.getId(),
        c.getTeam(),
        c.getProjectId(),
        c.getCoachId(),
        name(names, c.getCoachId()),
        c.getPurpose(),
        c.getOutcome(),
        c.getStartsOn(),
        c.getEndsOn(),
        c.getVersion());
  }
}
