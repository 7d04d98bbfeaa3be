package org.cairnpmo.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** A personal access token. The secret itself is never stored, only its SHA-256 hash. */
@Entity
@Table(name = "api_token")
@Getter
public class ApiToken extends GeneratedId {

  /** Writing the last-use time on every call would turn each API read into a write. */
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private Long userId;
  private String name;
  private String tokenPrefix;

  @Getter(AccessLevel.NONE)
  private String tokenHash;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant lastUsedAt;
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(
      Long userId,
      String name,
      String tokenPrefix,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.userId = userId;
    this.name = name;
    this.tokenPrefix = tokenPrefix;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  boolean markUsed(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now)) {
      lastUsedAt = now;
      return true;
    }
    return false;
  }
}
