package org.cairnpmo.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;
import org.cairnpmo.platform.search.SearchEntry;
import org.cairnpmo.platform.search.SearchFields;
import org.cairnpmo.platform.search.SearchRecord;
import org.cairnpmo.platform.search.SearchRecordMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A document of a project or a proposal: its details, where it stands (draft, in review, approved)
 * and the number of its latest version. The versions are {@link DocumentVersion}s; a new one is
 * numbered here, under a lock on this row, so two uploads at once never take the same number.
 */
@Entity
@KeepsHistory("document")
@Indexed(index = "document")
@SearchRecordMapping(derivedFrom = {"title", "phaseName", "deliverableName", "latestText", "type"})
@Table(name = "arc_document")
@Getter
public class Document extends EditableRecord implements SearchRecord {

  @Enumerated(EnumType.STRING)
  private OwnerKind ownerKind;

  private long ownerId;
  private String title;

  @Column(name = "doc_type")
  private String type;

  private String phaseName;
  private String deliverableId;
  private String deliverableName;
  private Long responsibleId;

  @Enumerated(EnumType.STRING)
  private DocumentStatus status;

  private Long reviewerId;
  private int latestNumber;

  /** The latest version's text (Tika), cut to {@link #MAX_TEXT} characters: indexed for search. */
  @lombok.Getter(lombok.AccessLevel.NONE)
  @NotInHistory
  private String latestText;

  private Long templateId;

  /** How much of a version's text is kept for the search: about 60 pages. */
  public static final int MAX_TEXT = 200_000;

  protected Document() {}

  static Document file(
      OwnerKind kind, long ownerId, DocumentData data, Long templateId, String by, Instant now) {
    Document document = new Document();
    document.ownerKind = kind;
    document.ownerId = ownerId;
    document.status = DocumentStatus.DRAFT;
    document.templateId = templateId;
    document.stampCreated(by, now);
    document.describe(data, by, now);
    return document;
  }

  void describe(DocumentData data, String by, Instant now) {
    title = data.title().strip();
    type = blankToNull(data.type());
    phaseName = blankToNull(data.phase());
    deliverableId = blankToNull(data.deliverableId());
    deliverableName = blankToNull(data.deliverableName());
    responsibleId = data.responsibleId();
    stampChanged(by, now);
  }

  /**
   * The number the next version takes. A new version is new content nobody approved: the document
   * is a draft again.
   */
  int nextVersion(String text, String by, Instant now) {
    latestNumber++;
    latestText = cutText(text);
    status = DocumentStatus.DRAFT;
    stampChanged(by, now);
    return latestNumber;
  }

  /** Asks {@code reviewer} to review the latest version. */
  void submitForReview(long reviewer, String by, Instant now) {
    if (latestNumber == 0) {
      throw new BusinessRuleException("no-version", "The document has no version to review yet.");
    }
    reviewerId = reviewer;
    status = DocumentStatus.IN_REVIEW;
    stampChanged(by, now);
  }

  /** The latest version was approved. Only the latest: an older one is history. */
  void approved(int number, String by, Instant now) {
    if (number != latestNumber) {
      throw new BusinessRuleException(
          "not-latest",
          "Version " + number + " is not the latest (" + latestNumber + "): approve the latest.");
    }
    if (status != DocumentStatus.IN_REVIEW) {
      throw new BusinessRuleException(
          "not-in-review",
          "The document is "
              + status.label().toLowerCase(java.util.Locale.ROOT)
              + ": submit it for review first.");
    }
    status = DocumentStatus.APPROVED;
    stampChanged(by, now);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public SearchEntry searchEntry() {
    return SearchEntry.of(
            SearchFields.KIND_DOCUMENT,
            "/" + ownerKind.path() + "/" + ownerId + "/documents/" + getId(),
            title,
            SearchFields.join(phaseName, deliverableName, latestText))
        .project(ownerKind == OwnerKind.PROJECT ? ownerId : null)
        .proposal(ownerKind == OwnerKind.PROPOSAL ? ownerId : null)
        .type(type)
        .yearMade(audit());
  }

  /** A document recreated from an archive bundle: details and status as they were exported. */
  static Document imported(
      long projectId,
      DocumentData data,
      DocumentStatus status,
      Long reviewerId,
      int latestNumber,
      String latestText,
      AuditStamp audit) {
    Document document = new Document();
    document.ownerKind = OwnerKind.PROJECT;
    document.ownerId = projectId;
    document.restoreStamp(audit);
    document.title = data.title().strip();
    document.type = blankToNull(data.type());
    document.phaseName = blankToNull(data.phase());
    document.deliverableId = blankToNull(data.deliverableId());
    document.deliverableName = blankToNull(data.deliverableName());
    document.responsibleId = data.responsibleId();
    document.status = status;
    document.reviewerId = reviewerId;
    document.latestNumber = latestNumber;
    document.latestText = cutText(latestText);
    return document;
  }

  /** The bytes of its versions were purged: their text goes with them (the details stay). */
  void textPurged() {
    latestText = "";
  }

  /** The text of a version filed before texts were kept, read again from its file. */
  void backfillText(String text) {
    latestText = cutText(text);
  }

  /** At most {@link #MAX_TEXT} characters, without NUL (which PostgreSQL refuses in text). */
  private static String cutText(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    return cut.indexOf('\u0000') < 0 ? cut : cut.replace("\u0000", "");
  }
}
