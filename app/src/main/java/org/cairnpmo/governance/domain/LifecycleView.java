package org.cairnpmo.governance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.Versioned;

/**
 * A lifecycle with its phases and gates. {@code frozen}: a project uses it, so it can no longer be
 * changed (create a new revision instead). {@code retired}: a newer revision replaced it. {@code
 * approvalFirst}: the first gate is the investment decision, passed when a proposal is approved.
 */
public record LifecycleView(
    long id,
    String name,
    String description,
    int revision,
    Long previousId,
    boolean frozen,
    boolean retired,
    boolean approvalFirst,
    long projectsUsing,
    List<String> tiers,
    List<PhaseView> phases,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  /** A phase and its gate, with reviewers' names resolved. */
  public record PhaseView(
      int position,
      String name,
      String description,
      String gateName,
      List<String> criteria,
      List<String> deliverables,
      List<Person> reviewers,
      Set<Role> reviewerRoles) {}

  /** A person named somewhere in governance. */
  public record Person(long id, String name) {}

  public String label() {
    return name + " (rev. " + revision + ")";
  }
}
