package org.cairnpmo.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A certification one person holds, its renewal cycle (issued to expiry) and the credits that
 * renewal needs. The evidence file is kept in a table of its own so that lists never load it; this
 * record knows only its name, type and size.
 */
@Entity
@KeepsHistory("certification")
@Table(name = "lrn_certification")
@Getter
public class Certification extends EditableRecord {

  private long userId;

  @Enumerated(EnumType.STRING)
  private CertificationKind kind;

  private String name;
  private String issuer;
  private String credentialId;
  private LocalDate issuedOn;
  private LocalDate expiresOn;
  private BigDecimal creditsRequired;
  private BigDecimal creditsOutside = BigDecimal.ZERO;

  @Column(name = "reminded_90_at")
  private Instant reminded90At;

  @Column(name = "reminded_30_at")
  private Instant reminded30At;

  private String evidenceName;
  private String evidenceType;
  private Long evidenceSize;

  protected Certification() {}

  static Certification record(long userId, CertificationData data, String by, Instant now) {
    Certification c = new Certification();
    c.userId = userId;
    c.stampCreated(by, now);
    c.apply(data, by, now);
    return c;
  }

  void revise(CertificationData data, String by, Instant now) {
    LocalDate before = expiresOn;
    apply(data, by, now);
    if (before == null || !before.equals(expiresOn)) {
      // A renewed certification (a new expiry) is reminded again before its new expiry.
      reminded90At = null;
      reminded30At = null;
    }
  }

  /** Whether it is valid on {@code day}: issued by then and not yet expired. */
  public boolean validOn(LocalDate day) {
    return !issuedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
  }

  /** Whether a completion on {@code day} falls in the current renewal cycle. */
  public boolean inCycle(LocalDate day) {
    return !day.isBefore(issuedOn) && (expiresOn == null || !day.isAfter(expiresOn));
  }

  void attachEvidence(String fileName, String type, long size, String by, Instant now) {
    evidenceName = fileName;
    evidenceType = type;
    evidenceSize = size;
    stampChanged(by, now);
  }

  private void apply(CertificationData data, String by, Instant now) {
    name = data.name().strip();
    issuer = Course.blankToNull(data.issuer());
    credentialId = Course.blankToNull(data.credentialId());
    for (String text : new String[] {name, issuer, credentialId}) {
      if (text != null && InputRules.hasControlCharacter(text)) {
        throw InvalidInputException.of("name", InputRules.CONTROL_CHARACTER_MESSAGE);
      }
    }
    if (!InputRules.isSaneDate(data.issuedOn())
        || (data.expiresOn() != null && !InputRules.isSaneDate(data.expiresOn()))) {
      throw InvalidInputException.of("issuedOn", InputRules.DATE_RANGE_MESSAGE);
    }
    if (data.expiresOn() != null && !data.expiresOn().isAfter(data.issuedOn())) {
      throw InvalidInputException.of("expiresOn", "A certification expires after it is issued.");
    }
    kind = data.kind();
    issuedOn = data.issuedOn();
    expiresOn = data.expiresOn();
    creditsRequired = data.creditsRequired();
    creditsOutside = data.creditsOutside() == null ? BigDecimal.ZERO : data.creditsOutside();
    stampChanged(by, now);
  }
}
