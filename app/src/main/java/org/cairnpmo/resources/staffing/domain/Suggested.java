package org.cairnpmo.resources.staffing.domain;

import java.util.List;

/**
 * The people suggested for one request waiting for a person, best fit first.
 *
 * @param requestId the request
 * @param version the request's version, to propose one of them
 * @param qualified how many people pass the request's hard rules (role or named person, skills)
 * @param candidates the best of them, at most as many as asked
 */
public record Suggested(
    long requestId, long projectId, long version, int qualified, List<Candidate> candidates) {}
