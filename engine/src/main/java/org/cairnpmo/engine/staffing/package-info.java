/**
 * Staffing: capacity against demand per person and period, ranked suggestions for one request, and
 * an optimizer that staffs many open requests at once.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link org.cairnpmo.engine.staffing.Capacity} — hours available per person and period
 *       (working week, part time, holidays, availability periods, absences) against the demand of
 *       bookings; over-allocated cells with the bookings that cause them.
 *   <li>{@link org.cairnpmo.engine.staffing.Suggestions} — the people for one request, best fit
 *       first, each with the parts of the score as numbers and as sentences.
 *   <li>{@link org.cairnpmo.engine.staffing.StaffingOptimizer} — bulk staffing with OR-Tools
 *       CP-SAT, seeded by a greedy proposal: value, bound and gap, why each person, why each open
 *       request stays open.
 * </ul>
 *
 * <p>Decisions: a booking's hours per week are spread over the person's working days in proportion
 * to the working week, so a partial week, a holiday or a day the person does not work carries its
 * share only; absences reduce capacity but not demand, so a booking through someone's leave shows
 * as over-allocation instead of silently shrinking. The optimizer books nobody beyond their free
 * hours in any period of the grid; hours outside the grid's horizon are not checked.
 */
package org.cairnpmo.engine.staffing;
