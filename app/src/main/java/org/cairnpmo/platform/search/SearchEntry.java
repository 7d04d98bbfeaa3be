package org.cairnpmo.platform.search;

import java.time.ZoneOffset;
import org.cairnpmo.platform.AuditStamp;

/**
 * What a record gives the search across Cairn, one value for each field of {@link SearchFields};
 * {@code null} leaves a field out of the record's document. Built with {@link #of} and the withers
 * for what the record has besides its kind, page, title and texts.
 */
public record SearchEntry(
    String kind,
    String link,
    String title,
    String text,
    Long project,
    Long selfProject,
    Long proposal,
    Long department,
    String type,
    Integer year) {

  /** A record of {@code kind} (one of {@code SearchFields.KIND_...}) shown at {@code link}. */
  public static SearchEntry of(String kind, String link, String title, String text) {
    return new SearchEntry(kind, link, title, text, null, null, null, null, null, null);
  }

  /** The project the record belongs to. */
  public SearchEntry project(Long id) {
    return new SearchEntry(
        kind, link, title, text, id, selfProject, proposal, department, type, year);
  }

  /** The record is the project {@code id} itself. */
  public SearchEntry selfProject(Long id) {
    return new SearchEntry(kind, link, title, text, project, id, proposal, department, type, year);
  }

  /** The proposal the record is, or belongs to. */
  public SearchEntry proposal(Long id) {
    return new SearchEntry(
        kind, link, title, text, project, selfProject, id, department, type, year);
  }

  public SearchEntry department(Long id) {
    return new SearchEntry(kind, link, title, text, project, selfProject, proposal, id, type, year);
  }

  public SearchEntry type(String value) {
    return new SearchEntry(
        kind, link, title, text, project, selfProject, proposal, department, value, year);
  }

  /** The finer kind as the constant's name. */
  public SearchEntry type(Enum<?> value) {
    return type(value == null ? null : value.name());
  }

  public SearchEntry year(Integer value) {
    return new SearchEntry(
        kind, link, title, text, project, selfProject, proposal, department, type, value);
  }

  /** The year the record was made (UTC), for records not about a year of their own. */
  public SearchEntry yearMade(AuditStamp audit) {
    return year(
        audit == null || audit.createdAt() == null
            ? null
            : audit.createdAt().atZone(ZoneOffset.UTC).getYear());
  }
}
