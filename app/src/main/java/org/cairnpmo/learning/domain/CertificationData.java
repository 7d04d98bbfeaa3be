package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cairnpmo.learning.CertificationKind;

/**
 * A certification a person holds. {@code userId}: whose (the caller's own when absent). {@code
 * creditsRequired}: the PDUs or CPD points its renewal needs; {@code creditsOutside}: those earned
 * outside the catalog. For a change, {@code version} is the version that was read.
 */
public record CertificationData(
    Long userId,
    @NotNull(message = "Choose the scheme") CertificationKind kind,
    @NotBlank(message = "Enter the certification's name, e.g. PMP")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 200, message = "At most 200 characters") String issuer,
    @Size(max = 100, message = "At most 100 characters") String credentialId,
    @NotNull(message = "Enter when it was issued") LocalDate issuedOn,
    LocalDate expiresOn,
    @DecimalMin(value = "0", message = "Not negative")
        @DecimalMax(value = "9999", message = "At most 9999")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal creditsRequired,
    @DecimalMin(value = "0", message = "Not negative")
        @DecimalMax(value = "9999", message = "At most 9999")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal creditsOutside,
    Long version) {}
