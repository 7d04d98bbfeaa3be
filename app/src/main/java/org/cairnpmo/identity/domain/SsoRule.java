package org.cairnpmo.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import lombok.Getter;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.GeneratedId;

/**
 * An administrator's rule for single sign-on: a person whose claim {@code claim} has the value
 * {@code claimValue} (or, for a list such as {@code groups}, contains it) gets {@code role} and/or
 * belongs to {@code departmentId}. Values compare without regard to case or surrounding spaces.
 */
@Entity
@Table(name = "identity_sso_rule")
@Getter
class SsoRule extends GeneratedId {

  private String claim;

  @Column(name = "claim_value")
  private String claimValue;

  @Enumerated(EnumType.STRING)
  private Role role;

  private Long departmentId;
  private Instant createdAt;
  @Version private long version;

  protected SsoRule() {}

  SsoRule(String claim, String claimValue, Role role, Long departmentId, Instant createdAt) {
    change(claim, claimValue, role, departmentId);
    this.createdAt = createdAt;
  }

  void change(String claim, String claimValue, Role role, Long departmentId) {
    this.claim = claim.trim();
    this.claimValue = claimValue.trim();
    this.role = role;
    this.departmentId = departmentId;
  }

  /** Whether the claims the provider gave name this rule's value under its claim. */
  boolean matches(Map<String, Object> claims) {
    Object value = claims.get(claim);
    if (value instanceof Collection<?> values) {
      return values.stream().anyMatch(this::sameValue);
    }
    return value != null && sameValue(value);
  }

  private boolean sameValue(Object value) {
    return value != null
        && String.valueOf(value).trim().toLowerCase(Locale.ROOT).equals(lowerValue());
  }

  private String lowerValue() {
    return claimValue.toLowerCase(Locale.ROOT);
  }

  SsoRuleView toView() {
    return new SsoRuleView(getId(), claim, claimValue, role, departmentId, version);
  }
}
