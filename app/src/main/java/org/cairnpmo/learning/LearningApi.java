package org.cairnpmo.learning;

import java.time.LocalDate;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.learning.domain.CertificationService;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of learning: who holds a valid certification, so that staffing can
 * look for certified people. Changes go through the module's own pages and API, where its rules are
 * enforced.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearningApi {

  private final CertificationService certifications;

  /**
   * The user ids of the people holding a certification of {@code kind} that is valid on {@code day}
   * (issued by then, not expired). The caller decides who may see the answer: it names people and
   * nothing of their record.
   */
  public Set<Long> holdersOfValidCertification(CertificationKind kind, LocalDate day) {
    return certifications.holders(kind, day);
  }
}
