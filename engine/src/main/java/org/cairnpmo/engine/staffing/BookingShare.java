package org.cairnpmo.engine.staffing;

/**
 * The hours one booking puts into one cell of the grid.
 *
 * @param bookingId the booking
 * @param hours its demand in that period
 */
public record BookingShare(String bookingId, double hours) {}
