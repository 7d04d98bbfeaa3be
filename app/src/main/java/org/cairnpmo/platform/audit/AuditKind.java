package org.cairnpmo.platform.audit;

import org.cairnpmo.platform.Labelled;

/** What the administrators' audit log keeps: security events and exports of confidential data. */
public enum AuditKind implements Labelled {
  SIGN_IN,
  SIGN_IN_FAILED,
  LOCKED_OUT,
  ADDRESS_THROTTLED,
  SIGN_OUT,
  TOKEN_CREATED,
  TOKEN_REVOKED,
  ROLES_CHANGED,
  DEPARTMENT_CHANGED,
  USER_ACTIVATED,
  USER_DEACTIVATED,
  MEMBERSHIP_CHANGED,
  CONFIDENTIAL_EXPORT,
  BACKUP_MADE,
  SSO_ACCOUNT_CREATED,
  SSO_ACCOUNT_LINKED,
  SSO_RULES_CHANGED,
  WEBHOOK_CHANGED;

  @Override
  public String label() {
    return switch (this) {
      case SIGN_IN_FAILED -> "Failed sign-in";
      case SIGN_IN -> "Sign-in";
      case ADDRESS_THROTTLED -> "Sign-ins refused from an address";
      case SIGN_OUT -> "Sign-out";
      case TOKEN_CREATED -> "API token created";
      case TOKEN_REVOKED -> "API token revoked";
      case CONFIDENTIAL_EXPORT -> "Export of confidential data";
      case BACKUP_MADE -> "Database backup";
      case SSO_ACCOUNT_CREATED -> "Account created at first single sign-on";
      case SSO_ACCOUNT_LINKED -> "Account linked to single sign-on";
      case SSO_RULES_CHANGED -> "Single sign-on rule changed";
      case WEBHOOK_CHANGED -> "Webhook registered, changed or removed";
      default -> Labelled.super.label();
    };
  }
}
