package org.cairnpmo.identity.domain;

import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.Versioned;

/**
 * A single sign-on rule as administrators read it: people whose claim {@code claim} has (or, for a
 * list, contains) {@code value} get {@code role} and/or belong to department {@code departmentId}.
 */
public record SsoRuleView(
    long id, String claim, String value, Role role, Long departmentId, long version)
    implements Versioned.Entry {}
