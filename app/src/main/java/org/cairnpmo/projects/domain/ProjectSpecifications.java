package org.cairnpmo.projects.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.data.jpa.domain.Specification;

/** Register queries: the caller's filters, always narrowed to what the caller may see. */
final class ProjectSpecifications {

  private ProjectSpecifications() {}

  static Specification<Project> matching(ProjectFilter filter, CurrentUser viewer) {
    return (root, query, cb) -> {
      List<Predicate> predicates = new ArrayList<>();
      if (filter.query() != null && !filter.query().isBlank()) {
        String like =
            "%" + filter.query().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        predicates.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like, '\\'),
                cb.like(cb.lower(root.get("name")), like, '\\')));
      }
      if (!filter.statusesOrEmpty().isEmpty()) {
        predicates.add(root.get("status").in(filter.statusesOrEmpty()));
      }
      if (filter.departmentId() != null) {
        predicates.add(cb.equal(root.get("departmentId"), filter.departmentId()));
      }
      if (filter.managerId() != null) {
        predicates.add(cb.equal(root.get("managerId"), filter.managerId()));
      }
      if (filter.category() != null) {
        predicates.add(cb.equal(root.get("category"), filter.category()));
      }
      if (filter.priority() != null) {
        predicates.add(cb.equal(root.get("priority"), filter.priority()));
      }
      if (!viewer.seesAllProjects()) {
        predicates.add(
            cb.or(cb.isFalse(root.get("confidential")), involved(root, query, cb, viewer.id())));
      }
      return cb.and(predicates.toArray(Predicate[]::new));
    };
  }

  /** Projects {@code userId} manages, sponsors or belongs to, in any of {@code statuses}. */
  static Specification<Project> involving(long userId, java.util.Set<ProjectStatus> statuses) {
    return (root, query, cb) -> {
      Predicate involved = involved(root, query, cb, userId);
      return statuses.isEmpty() ? involved : cb.and(involved, root.get("status").in(statuses));
    };
  }

  /** {@code userId} manages, sponsors or belongs to the project. */
  private static Predicate involved(
      Root<Project> root, CriteriaQuery<?> query, CriteriaBuilder cb, long userId) {
    Subquery<Long> membership = query.subquery(Long.class);
    var member = membership.from(ProjectMember.class);
    membership
        .select(member.get("project").get("id"))
        .where(
            cb.equal(member.get("project").get("id"), root.get("id")),
            cb.equal(member.get("userId"), userId));
    return cb.or(
        cb.equal(root.get("managerId"), userId),
        cb.equal(root.get("sponsorId"), userId),
        cb.exists(membership));
  }
}
