package org.cairnpmo.practices.maturity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.maturity.AssessmentViews.AnswerSheet;
import org.cairnpmo.practices.maturity.AssessmentViews.Detail;
import org.cairnpmo.practices.maturity.AssessmentViews.History;
import org.cairnpmo.practices.maturity.AssessmentViews.MyResponse;
import org.cairnpmo.practices.maturity.AssessmentViews.Point;
import org.cairnpmo.practices.maturity.AssessmentViews.Previous;
import org.cairnpmo.practices.maturity.AssessmentViews.Progress;
import org.cairnpmo.practices.maturity.AssessmentViews.RespondentAnswers;
import org.cairnpmo.practices.maturity.AssessmentViews.Summary;
import org.cairnpmo.practices.maturity.AssessmentViews.Trend;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maturity assessments: the PMO opens one for invited respondents, each answers for themselves
 * (draft, then submit), the PMO closes it, and the results are computed from the submitted
 * responses ({@link MaturityScores}) every time they are read. Before the close nobody sees the
 * answers of others, the PMO included, so that no one answers under their influence.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssessmentService {

  /** The newest first. */
  public static final Sort ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

  private static final String ORGANIZATION = "Whole organization";

  private final AssessmentRepository assessments;
  private final QuestionnaireService questionnaires;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final Clock clock;

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public Page<Summary> assessments(AssessmentStatus status, Pageable pageable, CurrentUser viewer) {
    Page<Assessment> page =
        status == null ? assessments.findAll(pageable) : assessments.findByStatus(status, pageable);
    Map<Long, String> names = new HashMap<>();
    return page.map(a -> summary(a, names, viewer));
  }

  @Transactional(readOnly = true)
  public Detail assessment(long id, CurrentUser viewer) {
    Assessment a = find(id);
    Questionnaire questionnaire = questionnaires.find(a.getQuestionnaireId());
    Map<Long, UserSummary> people =
        identity.usersByIds(a.getResponses().stream().map(Response::getRespondentId).toList());
    List<Progress> progress =
        a.getResponses().stream()
            .map(
                r ->
                    new Progress(
                        r.getRespondentId(),
                        name(people.get(r.getRespondentId()), r.getRespondentId()),
                        r.getStatus(),
                        r.getSubmittedAt()))
            .sorted(Comparator.comparing(Progress::name))
            .toList();
    Previous previous = null;
    if (a.isClosed()) {
      previous =
          closedOfScope(a.getDepartmentId()).stream()
              .filter(
                  p ->
                      p.getId() != a.getId()
                          && (p.getHeldOn().isBefore(a.getHeldOn())
                              || p.getHeldOn().equals(a.getHeldOn()) && p.getId() < a.getId()))
              .reduce((first, second) -> second)
              .map(p -> new Previous(p.getId(), p.getName(), p.getHeldOn(), results(p)))
              .orElse(null);
    }
    return new Detail(
        a.getId(),
        a.getName(),
        scope(a.getDepartmentId()),
        a.getDepartmentId(),
        a.getHeldOn(),
        a.getStatus(),
        questionnaire.getId(),
        questionnaire.getName(),
        progress,
        a.isClosed() ? results(a, questionnaire) : null,
        previous,
        a.responseOf(viewer.id()).map(Response::getStatus).orElse(null),
        MaturityAccess.mayRun(viewer) && !a.isClosed(),
        a.isClosed() && MaturityAccess.maySeeAnswers(a, viewer),
        a.getClosedAt(),
        a.getClosedBy(),
        a.getVersion());
  }

  /** The viewer's own response; 403 for anyone not invited. */
  @Transactional(readOnly = true)
  public MyResponse myResponse(long id, CurrentUser viewer) {
    Assessment a = find(id);
    return mine(a, respondent(a, viewer));
  }

  /**
   * Throws {@link NotFoundException}, as for a missing one, unless {@code viewer} may read the
   * history of response {@code responseId}: its respondent, and the PMO and administrators.
   */
  @Transactional(readOnly = true)
  public void requireResponseHistoryReader(long responseId, CurrentUser viewer) {
    Long respondent = assessments.respondentOf(responseId).orElse(null);
    if (respondent == null || (respondent != viewer.id() && !MaturityAccess.mayRun(viewer))) {
      throw new NotFoundException("Maturity response", responseId);
    }
  }

  /**
   * Every respondent's submitted answers, after the close, to the respondents and the PMO: 409
   * while open (nobody sees the answers of others before the close), 403 to anyone else.
   */
  @Transactional(readOnly = true)
  public AnswerSheet answerSheet(long id, CurrentUser viewer) {
    Assessment a = find(id);
    a.requireClosed();
    if (!MaturityAccess.maySeeAnswers(a, viewer)) {
      throw new AccessDeniedException(
          "The answers of an assessment are shown to its respondents and the PMO");
    }
    Questionnaire questionnaire = questionnaires.find(a.getQuestionnaireId());
    List<Response> submitted = a.submitted();
    Map<Long, UserSummary> people =
        identity.usersByIds(submitted.stream().map(Response::getRespondentId).toList());
    return new AnswerSheet(
        QuestionnaireView.of(questionnaire, true).questions(),
        submitted.stream()
            .map(
                r ->
                    new RespondentAnswers(
                        r.getRespondentId(),
                        name(people.get(r.getRespondentId()), r.getRespondentId()),
                        r.getAnswers()))
            .sorted(Comparator.comparing(RespondentAnswers::name))
            .toList());
  }

  /**
   * The closed assessments of one scope (a department, or the whole organization when null), oldest
   * first, with each area's trend across them.
   */
  @Transactional(readOnly = true)
  public History history(Long departmentId) {
    if (departmentId != null && !organization.departmentsById().containsKey(departmentId)) {
      throw InvalidInputException.of("departmentId", "This department does not exist.");
    }
    List<Assessment> closed = closedOfScope(departmentId);
    List<Point> points = new ArrayList<>();
    Map<MaturityArea, List<Double>> trends = new java.util.EnumMap<>(MaturityArea.class);
    for (MaturityArea area : MaturityArea.values()) {
      trends.put(area, new ArrayList<>());
    }
    for (Assessment a : closed) {
      MaturityScores.Results results = results(a);
      points.add(
          new Point(a.getId(), a.getName(), a.getHeldOn(), results.overall(), results.level()));
      trends.forEach((area, scores) -> scores.add(results.meanOf(area)));
    }
    return new History(
        scope(departmentId),
        points,
        trends.entrySet().stream().map(e -> new Trend(e.getKey(), e.getValue())).toList());
  }

  // ---------------------------------------------------------------- changing

  @Transactional
  public Detail open(AssessmentData data, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    List<FieldProblem> problems = new ArrayList<>();
    if (assessments.existsByNameIgnoreCase(data.name().trim())) {
      problems.add(new FieldProblem("name", "An assessment with this name exists."));
    }
    Questionnaire questionnaire = null;
    try {
      questionnaire = questionnaires.find(data.questionnaireId());
    } catch (NotFoundException e) {
      problems.add(new FieldProblem("questionnaireId", "This questionnaire does not exist."));
    }
    if (data.departmentId() != null
        && !organization.departmentsById().containsKey(data.departmentId())) {
      problems.add(new FieldProblem("departmentId", "This department does not exist."));
    }
    Set<Long> respondents = new LinkedHashSet<>(data.respondentIdsOrEmpty());
    try {
      requirePeople(respondents);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    LocalDate heldOn = data.heldOn() == null ? LocalDate.now(clock) : data.heldOn();
    Assessment saved =
        assessments.saveAndFlush(
            Assessment.open(
                data.name(),
                questionnaire.getId(),
                data.departmentId(),
                heldOn,
                respondents,
                by.username(),
                clock.instant()));
    return assessment(saved.getId(), by);
  }

  /** Invites more people to an open assessment (409 assessment-closed once closed). */
  @Transactional
  public Detail invite(long id, List<Long> respondentIds, long expectedVersion, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    Assessment a = find(id);
    requireVersion("The assessment " + a.getName(), expectedVersion, a.getVersion());
    a.requireOpen();
    Set<Long> wanted = new LinkedHashSet<>(respondentIds == null ? List.of() : respondentIds);
    wanted.remove(null);
    if (wanted.isEmpty()) {
      throw InvalidInputException.of("respondentIds", "Choose at least one person to invite.");
    }
    requirePeople(wanted);
    a.invite(wanted, by.username(), clock.instant());
    assessments.flush();
    return assessment(id, by);
  }

  @Transactional
  public Detail close(long id, long expectedVersion, CurrentUser by) {
    MaturityAccess.requireRunner(by);
    Assessment a = find(id);
    requireVersion("The assessment " + a.getName(), expectedVersion, a.getVersion());
    a.close(by.username(), clock.instant());
    assessments.flush();
    return assessment(id, by);
  }

  /**
   * Saves the viewer's answers as a draft, or submits them: only an invited respondent (403
   * otherwise), only while the assessment is open (409), never after submitting (409). Each level
   * is for a question of the questionnaire, at most once; a submission answers every question.
   */
  @Transactional
  public MyResponse answer(long id, AnswersData data, long expectedVersion, CurrentUser viewer) {
    Assessment a = find(id);
    Response response = respondent(a, viewer);
    requireVersion("Your answers", expectedVersion, response.getVersion());
    a.requireOpen();
    Questionnaire questionnaire = questionnaires.find(a.getQuestionnaireId());
    Map<Long, Question> questions =
        questionnaire.getQuestions().stream()
            .collect(Collectors.toMap(Question::getId, Function.identity()));
    List<FieldProblem> problems = new ArrayList<>();
    Map<Long, Integer> levels = new HashMap<>();
    List<AnswersData.Answer> answers = data.answersOrEmpty();
    for (int i = 0; i < answers.size(); i++) {
      AnswersData.Answer answer = answers.get(i);
      if (answer == null || answer.questionId() == null || answer.level() == null) {
        continue; // bean validation names it
      }
      if (!questions.containsKey(answer.questionId())) {
        problems.add(
            new FieldProblem(
                "answers[" + i + "].questionId",
                "Question " + answer.questionId() + " is not in this assessment's questionnaire."));
      } else if (levels.put(answer.questionId(), answer.level()) != null) {
        problems.add(
            new FieldProblem(
                "answers[" + i + "].questionId",
                "Question " + answer.questionId() + " is answered twice; answer it once."));
      }
    }
    if (problems.isEmpty() && data.submitting() && levels.size() < questions.size()) {
      List<Question> open =
          questionnaire.getQuestions().stream()
              .filter(q -> !levels.containsKey(q.getId()))
              .toList();
      problems.add(
          new FieldProblem(
              "answers",
              "Answer every question before submitting; "
                  + open.size()
                  + (open.size() == 1 ? " is" : " are")
                  + " still open, the first: "
                  + open.get(0).getArea().label()
                  + ", question "
                  + (open.get(0).getPosition() + 1)
                  + "."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    response.answer(levels, data.submitting(), clock.instant());
    assessments.flush();
    return mine(a, response);
  }

  // ---------------------------------------------------------------- helpers

  Assessment find(long id) {
    return assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
  }

  private static Response respondent(Assessment a, CurrentUser viewer) {
    return a.responseOf(viewer.id())
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "Only the people invited to the assessment answer it, each for themselves"));
  }

  private static MyResponse mine(Assessment a, Response r) {
    return new MyResponse(
        r.getId(),
        a.getId(),
        a.getName(),
        a.getStatus(),
        r.getStatus(),
        r.getAnswers().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new AnswersData.Answer(e.getKey(), e.getValue()))
            .toList(),
        r.getSubmittedAt(),
        r.getVersion());
  }

  private List<Assessment> closedOfScope(Long departmentId) {
    return assessments.findByStatusOrderByHeldOnAscIdAsc(AssessmentStatus.CLOSED).stream()
        .filter(a -> Objects.equals(a.getDepartmentId(), departmentId))
        .toList();
  }

  MaturityScores.Results results(Assessment a) {
    return results(a, questionnaires.find(a.getQuestionnaireId()));
  }

  private static MaturityScores.Results results(Assessment a, Questionnaire questionnaire) {
    Map<Long, MaturityArea> areas =
        questionnaire.getQuestions().stream()
            .collect(Collectors.toMap(Question::getId, Question::getArea));
    return MaturityScores.of(areas, a.submitted().stream().map(Response::getAnswers).toList());
  }

  private Summary summary(Assessment a, Map<Long, String> questionnaireNames, CurrentUser viewer) {
    String questionnaire =
        questionnaireNames.computeIfAbsent(
            a.getQuestionnaireId(), q -> questionnaires.find(q).getName());
    MaturityScores.Results results = a.isClosed() ? results(a) : null;
    return new Summary(
        a.getId(),
        a.getName(),
        scope(a.getDepartmentId()),
        a.getDepartmentId(),
        a.getHeldOn(),
        a.getStatus(),
        a.getQuestionnaireId(),
        questionnaire,
        a.getResponses().size(),
        a.submitted().size(),
        results == null ? null : results.overall(),
        results == null ? null : results.level(),
        a.responseOf(viewer.id()).map(Response::getStatus).orElse(null),
        a.getVersion());
  }

  /**
   * The scope's name. Read from the list of departments: asking for one department that is not
   * there would mark the surrounding transaction for rollback.
   */
  private String scope(Long departmentId) {
    if (departmentId == null) {
      return ORGANIZATION;
    }
    DepartmentSummary department = organization.departmentsById().get(departmentId);
    return department == null ? "Department " + departmentId : department.name();
  }

  private static String name(UserSummary person, long id) {
    return person == null ? "Person " + id : person.displayName();
  }

  /** Refuses (400 respondentIds) anyone who does not exist or may not sign in. */
  private void requirePeople(Set<Long> ids) {
    Map<Long, UserSummary> people = identity.usersByIds(ids);
    List<Long> unknown =
        ids.stream().filter(id -> people.get(id) == null || !people.get(id).enabled()).toList();
    if (!unknown.isEmpty()) {
      throw InvalidInputException.of(
          "respondentIds",
          "Invite people who exist and may sign in; not "
              + unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ".");
    }
  }

  private static void requireVersion(String what, long expected, long actual) {
    if (expected != actual) {
      throw new StaleVersionException(what, expected, actual);
    }
  }
}
