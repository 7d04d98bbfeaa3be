package org.cairnpmo.control.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/** A project's RAID entries, narrowed by attributes that must equal a value (null: any). */
final class RaidSpecifications {

  private RaidSpecifications() {}

  static <T> Specification<T> of(long projectId, Object... attributeValuePairs) {
    Map<String, Object> equal = new LinkedHashMap<>();
    for (int i = 0; i < attributeValuePairs.length; i += 2) {
      equal.put((String) attributeValuePairs[i], attributeValuePairs[i + 1]);
    }
    return (root, query, cb) -> {
      List<Predicate> predicates = new ArrayList<>();
      predicates.add(cb.equal(root.get("projectId"), projectId));
      equal.forEach(
          (attribute, value) -> {
            if (value != null) {
              predicates.add(cb.equal(root.get(attribute), value));
            }
          });
      return cb.and(predicates.toArray(Predicate[]::new));
    };
  }
}
