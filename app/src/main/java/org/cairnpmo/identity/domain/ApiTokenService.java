package org.cairnpmo.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes personal access tokens. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokenService {

  static final String PREFIX = "cairn_";
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int SECRET_LENGTH = 40;

  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;
  private final AuditLog audit;
  private final SecureRandom random = new SecureRandom();

  /** The token's secret is returned here once and can never be read again. */
  @Transactional
  public IssuedToken issue(long userId, String name, Integer validDays) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > 80) {
      throw InvalidInputException.of("name", "Give the token a name of 1 to 80 characters.");
    }
    if (validDays != null && (validDays < 1 || validDays > 3650)) {
      throw InvalidInputException.of("validDays", "Validity must be between 1 and 3650 days.");
    }
    StringBuilder secret = new StringBuilder(PREFIX);
    for (int i = 0; i < SECRET_LENGTH; i++) {
      secret.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    String plain = secret.toString();
    Instant now = clock.instant();
    Instant expires = validDays == null ? null : now.plus(validDays, ChronoUnit.DAYS);
    ApiToken token =
        tokens.save(
            new ApiToken(userId, trimmed, plain.substring(0, 12), sha256(plain), now, expires));
    audit.record(AuditKind.TOKEN_CREATED, owner(userId), "Token " + trimmed);
    return new IssuedToken(token.getId(), trimmed, plain, expires);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> tokensOf(long userId) {
    return tokens.findByUserIdOrderByCreatedAtDesc(userId);
  }

  @Transactional
  public void revoke(long userId, long tokenId) {
    ApiToken token =
        tokens
            .findById(tokenId)
            .filter(t -> t.getUserId() == userId)
            .orElseThrow(() -> new NotFoundException("Token", tokenId));
    token.revoke(clock.instant());
    audit.record(AuditKind.TOKEN_REVOKED, owner(userId), "Token " + token.getName());
  }

  private String owner(long userId) {
    return users.findById(userId).map(User::getUsername).orElse("#" + userId);
  }

  /**
   * Whom a presented token signs in, if the token is known, unrevoked and unexpired and its owner
   * may sign in; without the password hash, and never held to a password change, since the token
   * does not open the pages.
   */
  @Transactional
  public Optional<CairnPrincipal> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens
        .findByTokenHash(sha256(presented))
        .filter(t -> t.isUsableAt(now))
        .flatMap(
            t -> {
              t.markUsed(now);
              return users.findById(t.getUserId());
            })
        .filter(User::isEnabled)
        .filter(u -> !u.isLockedAt(now))
        .map(u -> u.toPrincipal(now).withoutPassword(false));
  }

  static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** A freshly issued token, the only time its secret is visible. */
  public record IssuedToken(long id, String name, String secret, Instant expiresAt) {}
}
