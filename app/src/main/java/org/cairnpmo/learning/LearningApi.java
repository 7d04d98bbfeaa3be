package org.cairnpmo.learning;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CertificationService;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of learning: who holds a valid certification and who has which level
 * in a competency, so that staffing can look for certified and competent people. Changes go through
 * the module's own pages and API, where its rules are enforced.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearningApi {

  private final CertificationService certifications;
  private final Assessments assessments;

  /**
   * The user ids of the people holding a certification of {@code kind} that is valid on {@code day}
   * (issued by then, not expired). The caller decides who may see the answer: it names people and
   * nothing of their record.
   */
  public Set<Long> holdersOfValidCertification(CertificationKind kind, LocalDate day) {
    return certifications.holders(kind, day);
  }

  /**
   * The level (1–5) each assessed person has in the competency named {@code competency} (any case),
   * by user id: their manager's assessment, else their own. People not assessed in it, and any
   * unknown competency, are absent. Like {@link #holdersOfValidCertification}, the caller decides
   * who may see the answer.
   */
  public Map<Long, Integer> competencyLevels(String competency) {
    return assessments.levelsIn(competency);
  }
}
