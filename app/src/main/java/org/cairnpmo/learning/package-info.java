/**
 * Learning: building a common project culture by training, mentoring and coaching. It holds the
 * catalog (courses and their sessions), enrollments with the line manager's approval and a wait
 * list, iCalendar exports, the certifications people hold with their renewal credits, the
 * competency framework (areas, level descriptors, target profiles per role, assessments and gaps),
 * learning paths, mentoring pairs, coaching of teams and the PMO's culture dashboard; the decisions
 * are written out in {@code docs/learning.md}.
 *
 * <p><b>People are user ids.</b> Identity owns people; learning names them by user id. The line
 * manager is the resource pool's, but learning must not depend on resources (staffing will read
 * certifications from here): it asks the {@link org.cairnpmo.learning.LineManagers} port, which
 * resources provides. Without a provider nobody has a line manager and the PMO decides. A person's
 * role and department come the same way ({@link org.cairnpmo.learning.PeopleDirectory}). Paths read
 * the projects a person manages (projects) and their gates (governance) directly: neither depends
 * on learning or resources, so there is no cycle.
 *
 * <p><b>Competencies.</b> The level counted is the manager's assessment, else the higher of the
 * person's own and the level their completed courses bring them to, else 0; the gap is the role's
 * target minus it, never negative; the courses that close it are the active ones that bring the
 * competency above the level counted. Path steps are checked from data each time, never ticked by
 * hand.
 *
 * <p><b>Prerequisites</b> (courses completed, a valid certification of a scheme) are checked when a
 * seat is asked for; only the PMO and administrators enroll someone without them, with a reason
 * kept on the enrollment.
 *
 * <p><b>Mentoring notes are the pair's alone</b>: the PMO sets pairs up and sees that sessions were
 * held, never their notes; anyone else finds no pair (404).
 *
 * <p><b>Seats.</b> Requested, approved, confirmed, attended and completed enrollments hold a seat;
 * a request on a full session goes on the wait list. Every change that takes or gives back a seat
 * locks the session's row first and counts under that lock, so two people taking the last seat at
 * once are served in turn. A freed seat goes to the first on the wait list, with the approval it
 * may already have. Status transitions live on {@code Enrollment}; a wrong one answers 409.
 *
 * <p><b>Records are private.</b> A person's enrollments and certifications are seen by them, their
 * line manager, the PMO and administrators; to anyone else they look missing (404, absent from
 * lists). The catalog is read by everyone signed in and written by the PMO and administrators.
 *
 * <p><b>Credits</b> toward a certification's renewal are those of the courses completed in its
 * current cycle (issued to expiry): the course's own figure where it names one, else the hours
 * recorded at completion. Reminders go out 90 and 30 days before expiry, once each, marked by a
 * conditional update in the transaction that sends the mail (job under ShedLock).
 *
 * <p>{@link org.cairnpmo.learning.LearningApi} answers who holds a valid certification and who has
 * which level in a competency, for staffing (the pool's search, the suggestions for a request and
 * bulk staffing, in resources).
 *
 * <p><b>Archive bundle.</b> {@code domain.CoachingRecords} writes the coaching of a closed
 * project's team into its bundle (section {@code learning}) and restores it on import.
 */
@ApplicationModule(
    displayName = "Learning",
    allowedDependencies = {"identity", "organization", "platform", "projects", "governance"})
package org.cairnpmo.learning;

import org.springframework.modulith.ApplicationModule;
