package org.cairnpmo.identity.domain;

import org.cairnpmo.identity.Role;

/**
 * A new or changed single sign-on rule. At least one of {@code role} and {@code departmentId};
 * {@code version} is the one edited (for a change; If-Match may name it instead).
 */
public record SsoRuleForm(String claim, String value, Role role, Long departmentId, Long version) {}
