package org.cairnpmo.resources.staffing.domain;

/**
 * One assignment of a proposal to save: the person is proposed on the request, whose version must
 * still be the one the proposal was made from.
 */
public record Choice(Long requestId, Long personId, Long version) {}
