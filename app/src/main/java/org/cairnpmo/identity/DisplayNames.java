package org.cairnpmo.identity;

import java.util.Map;
import org.cairnpmo.organization.DepartmentSummary;

/**
 * The names pages and reports show for the people and departments a record refers to, looked up
 * once for many records. A reference whose target is gone shows as its number ({@code #12}).
 */
public record DisplayNames(
    Map<Long, UserSummary> people, Map<Long, DepartmentSummary> departments) {

  /** The person's display name; null for no one. */
  public String person(Long id) {
    if (id == null) return null;
    UserSummary user = people.get(id);
    return user == null ? "#" + id : user.displayName();
  }

  /** The department's name; null for none. */
  public String department(Long id) {
    if (id == null) return null;
    DepartmentSummary d = departments.get(id);
    return d == null ? "#" + id : d.name();
  }
}
