package org.cairnpmo.portfolio.domain;

import java.util.Collection;
import java.util.Map;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;

/** People's and departments' names for a batch of records, looked up once. */
record Names(Map<Long, UserSummary> people, Map<Long, DepartmentSummary> departments) {

  static Names of(IdentityApi identity, OrganizationApi organization, Collection<Long> people) {
    return new Names(identity.usersByIds(people), organization.departmentsById());
  }

  static Names people(IdentityApi identity, Collection<Long> people) {
    return new Names(identity.usersByIds(people), Map.of());
  }

  String person(Long id) {
    if (id == null) return null;
    UserSummary user = people.get(id);
    return user == null ? "#" + id : user.displayName();
  }

  String department(Long id) {
    if (id == null) return null;
    DepartmentSummary d = departments.get(id);
    return d == null ? "#" + id : d.name();
  }
}
