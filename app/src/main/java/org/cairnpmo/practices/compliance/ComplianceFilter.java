package org.cairnpmo.practices.compliance;

import org.cairnpmo.projects.ProjectStatus;

/**
 * The portfolio compliance view's filter; every part optional. Scores are 0 to 100, both ends
 * included.
 */
public record ComplianceFilter(
    Long departmentId, Long tierId, ProjectStatus status, Integer minScore, Integer maxScore) {

  public static ComplianceFilter none() {
    return new ComplianceFilter(null, null, null, null, null);
  }

  boolean keeps(ProjectCompliance c) {
    return (tierId == null || tierId.equals(c.tierId()))
        && (minScore == null || c.score() >= minScore)
        && (maxScore == null || c.score() <= maxScore);
  }
}
