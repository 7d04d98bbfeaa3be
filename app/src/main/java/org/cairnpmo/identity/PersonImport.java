package org.cairnpmo.identity;

import java.util.Set;

/**
 * One person of a bulk import. With {@code id} the account is changed (its profile, and its roles
 * when {@code roles} is not null); without it a new account is created with {@code roles} (team
 * member when null) and <b>no password</b>: the person cannot sign in with a password until an
 * administrator sets one (a one-time password from the person's page) or signs them in through the
 * organization's single sign-on.
 */
public record PersonImport(
    Long id,
    String username,
    String displayName,
    String email,
    String jobTitle,
    Long departmentId,
    Set<Role> roles) {}
