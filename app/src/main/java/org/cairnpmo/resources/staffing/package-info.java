/**
 * Staffing of the requests waiting for a person: the people suggested for one request, best fit
 * first with the reasons, each proposed with one click; and bulk staffing, the engine's optimizer
 * proposing people for many open requests at once (value, bound and gap; why each person, why each
 * request left open), saved only when applied, all or none, as proposals of the request workflow.
 * Both may ask learning for a competency at a least level and a valid certification ({@link
 * org.cairnpmo.resources.LearningAsk}): only the people who meet it take part, suggestions rank the
 * higher level first, and each person says where they stand. Capacity is the heat map's ({@link
 * org.cairnpmo.resources.capacity.CapacityService#commitments}); the decisions are in {@code
 * docs/resources.md}.
 */
package org.cairnpmo.resources.staffing;
