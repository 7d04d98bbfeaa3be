package org.cairnpmo.platform.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.audit.AuditFilter;
import org.cairnpmo.platform.audit.AuditKind;

/**
 * The audit log's filters as the page and the API receive them, as text: each is checked here so
 * that a wrong kind or date is named in a clear message rather than failing the request.
 */
record AuditQuery(String who, String kind, String from, String to) {

  AuditFilter filter() {
    List<FieldProblem> problems = new ArrayList<>();
    AuditKind k = kind(problems);
    LocalDate first = date("from", from, problems);
    LocalDate last = date("to", to, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new AuditFilter(who, k, first, last);
  }

  private AuditKind kind(List<FieldProblem> problems) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return AuditKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("kind", "Choose one of the kinds of the list."));
      return null;
    }
  }

  private static LocalDate date(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Give the day as YYYY-MM-DD, e.g. 2026-12-07."));
      return null;
    }
  }
}
