package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.Versioned;

/**
 * A certification with its renewal arithmetic: {@code creditsEarned} is what the completed courses
 * of the current cycle earned plus {@code creditsOutside}; {@code creditsMissing} what renewal
 * still needs (never negative; null when renewal needs none).
 */
public record CertificationView(
    long id,
    long userId,
    String personName,
    CertificationKind kind,
    String name,
    String issuer,
    String credentialId,
    LocalDate issuedOn,
    LocalDate expiresOn,
    boolean valid,
    BigDecimal creditsRequired,
    BigDecimal creditsFromCourses,
    BigDecimal creditsOutside,
    BigDecimal creditsEarned,
    BigDecimal creditsMissing,
    String evidenceName,
    String evidenceType,
    Long evidenceSize,
    long version)
    implements Versioned.Entry {}
