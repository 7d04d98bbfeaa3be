package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certifications: what people hold, until when, and how far the courses they completed in the
 * current cycle carry them toward renewal. A person records their own; their line manager, the PMO
 * and administrators record anyone's they see. Someone else's record looks missing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationService {

  /** Soonest expiry first, those that never expire last. */
  public static final Sort ORDER =
      Sort.by(Sort.Order.asc("expiresOn").nullsLast(), Sort.Order.asc("id"));

  /** The largest evidence file kept. */
  public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

  private final CertificationRepository certifications;
  private final CertificationEvidenceRepository evidence;
  private final EnrollmentService enrollments;
  private final LearningAccess access;
  private final IdentityApi identity;
  private final Clock clock;

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public CertificationView certification(long id, CurrentUser viewer) {
    return view(find(id, viewer));
  }

  /**
   * The certifications of {@code userId} (null: everyone the viewer sees), soonest expiry first.
   */
  @Transactional(readOnly = true)
  public Page<CertificationView> list(Long userId, Pageable pageable, CurrentUser viewer) {
    Page<Certification> page;
    if (userId != null) {
      if (!access.seesRecordOf(viewer, userId)) {
        return Page.empty(pageable);
      }
      page = certifications.findByUserIdIn(List.of(userId), pageable);
    } else {
      Set<Long> seen = access.peopleSeenBy(viewer);
      page =
          seen == null
              ? certifications.findAll(pageable)
              : certifications.findByUserIdIn(seen, pageable);
    }
    return new PageImpl<>(
        page.getContent().stream().map(this::view).toList(), pageable, page.getTotalElements());
  }

  /** The user ids of the people holding a valid certification of {@code kind} on {@code day}. */
  @Transactional(readOnly = true)
  public Set<Long> holders(CertificationKind kind, LocalDate day) {
    return certifications.validOn(kind, day).stream()
        .map(Certification::getUserId)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  // ---------------------------------------------------------------- changes

  @Transactional
  public CertificationView record(CertificationData data, CurrentUser by) {
    long who = data.userId() == null ? by.id() : data.userId();
    requireRecorder(who, by);
    return view(
        certifications.saveAndFlush(
            Certification.record(who, data, by.username(), clock.instant())));
  }

  @Transactional
  public CertificationView revise(
      long id, CertificationData data, long expectedVersion, CurrentUser by) {
    Certification c = find(id, by);
    requireRecorder(c.getUserId(), by);
    if (data.userId() != null && data.userId() != c.getUserId()) {
      throw InvalidInputException.of("userId", "A certification stays with its holder.");
    }
    VersionCheck.require("Certification", expectedVersion, c.getVersion());
    c.revise(data, by.username(), clock.instant());
    return view(certifications.saveAndFlush(c));
  }

  /**
   * Attaches the file that proves it (PDF, PNG or JPEG, checked by its first bytes, at most 5 MB),
   * replacing any earlier one.
   */
  @Transactional
  public CertificationView attachEvidence(
      long id, String fileName, byte[] content, long expectedVersion, CurrentUser by) {
    Certification c = find(id, by);
    requireRecorder(c.getUserId(), by);
    VersionCheck.require("Certification", expectedVersion, c.getVersion());
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "Choose a file.");
    }
    if (content.length > MAX_EVIDENCE_BYTES) {
      throw InvalidInputException.of("file", "A file of at most 5 MB.");
    }
    String type = typeOf(content);
    if (type == null) {
      throw InvalidInputException.of("file", "A PDF, PNG or JPEG file.");
    }
    String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
    name = name.replaceAll("[\\p{Cntrl}/\\\\\"]", "_");
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    CertificationEvidence file =
        evidence.findById(id).orElseGet(() -> new CertificationEvidence(id, content));
    file.replace(content);
    evidence.save(file);
    c.attachEvidence(name, type, content.length, by.username(), clock.instant());
    return view(certifications.saveAndFlush(c));
  }

  /** The evidence file and its name and type; "not found" when there is none. */
  @Transactional(readOnly = true)
  public Evidence evidence(long id, CurrentUser viewer) {
    Certification c = find(id, viewer);
    CertificationEvidence file =
        evidence
            .findById(id)
            .orElseThrow(() -> new NotFoundException("Evidence of certification", id));
    return new Evidence(c.getEvidenceName(), c.getEvidenceType(), file.getContent());
  }

  /** An evidence file as it is downloaded. */
  public record Evidence(String fileName, String type, byte[] content) {}

  static String typeOf(byte[] b) {
    if (startsWith(b, new byte[] {'%', 'P', 'D', 'F', '-'})) {
      return "application/pdf";
    }
    if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return "image/png";
    }
    if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, byte[] magic) {
    return b.length >= magic.length && Arrays.equals(b, 0, magic.length, magic, 0, magic.length);
  }

  private void requireRecorder(long userId, CurrentUser by) {
    if (identity.user(userId).isEmpty() || !access.seesRecordOf(by, userId)) {
      // Someone the caller may not see is as unknown as someone who does not exist.
      throw new NotFoundException("Person", userId);
    }
  }

  private Certification find(long id, CurrentUser viewer) {
    Certification c =
        certifications.findById(id).orElseThrow(() -> new NotFoundException("Certification", id));
    access.requireSees(viewer, c.getUserId(), "Certification", id);
    return c;
  }

  // ---------------------------------------------------------------- credits

  /**
   * The credits toward renewal: those of the holder's completed courses whose completion falls in
   * the current cycle (issued to expiry), plus those earned elsewhere.
   */
  CertificationView view(Certification c) {
    BigDecimal fromCourses =
        enrollments.completedBy(c.getUserId()).stream()
            .filter(
                done ->
                    c.inCycle(
                        LocalDate.ofInstant(done.enrollment().getCompletedAt(), ZoneOffset.UTC)))
            .map(EnrollmentService.Completed::credits)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal earned = fromCourses.add(c.getCreditsOutside());
    BigDecimal missing =
        c.getCreditsRequired() == null
            ? null
            : c.getCreditsRequired().subtract(earned).max(BigDecimal.ZERO);
    Map<Long, UserSummary> people = identity.usersByIds(List.of(c.getUserId()));
    UserSummary u = people.get(c.getUserId());
    return new CertificationView(
        c.getId(),
        c.getUserId(),
        u == null ? "Person " + c.getUserId() : u.displayName(),
        c.getKind(),
        c.getName(),
        c.getIssuer(),
        c.getCredentialId(),
        c.getIssuedOn(),
        c.getExpiresOn(),
        c.validOn(LocalDate.now(clock)),
        c.getCreditsRequired(),
        fromCourses,
        c.getCreditsOutside(),
        earned,
        missing,
        c.getEvidenceName(),
        c.getEvidenceType(),
        c.getEvidenceSize(),
        c.getVersion());
  }
}
