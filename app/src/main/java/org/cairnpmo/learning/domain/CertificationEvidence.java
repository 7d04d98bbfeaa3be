package org.cairnpmo.learning.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** The file that proves a certification: bytes only, its name and type are on the certification. */
@Entity
@Table(name = "lrn_certification_evidence")
@Getter
class CertificationEvidence {

  @Id private Long certificationId;
  private byte[] content;

  protected CertificationEvidence() {}

  CertificationEvidence(long certificationId, byte[] content) {
    this.certificationId = certificationId;
    this.content = content;
  }

  void replace(byte[] bytes) {
    content = bytes;
  }
}
