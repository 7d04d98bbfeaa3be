/**
 * Learning: building a common project culture by training. This part holds the catalog (courses and
 * their sessions), enrollments with the line manager's approval and a wait list, iCalendar exports
 * and the certifications people hold with their renewal credits; the decisions are written out in
 * {@code docs/learning.md}.
 *
 * <p><b>People are user ids.</b> Identity owns people; learning names them by user id. The line
 * manager is the resource pool's, but learning must not depend on resources (staffing will read
 * certifications from here): it asks the {@link org.cairnpmo.learning.LineManagers} port, which
 * resources provides. Without a provider nobody has a line manager and the PMO decides.
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
 * <p>{@link org.cairnpmo.learning.LearningApi} answers who holds a valid certification, for
 * staffing.
 */
@ApplicationModule(
    displayName = "Learning",
    allowedDependencies = {"identity", "organization", "platform", "projects", "governance"})
package org.cairnpmo.learning;

import org.springframework.modulith.ApplicationModule;
