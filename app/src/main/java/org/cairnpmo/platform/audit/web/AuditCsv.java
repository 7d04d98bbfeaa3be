package org.cairnpmo.platform.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cairnpmo.platform.audit.AuditEntry;

/** The audit log as CSV (RFC 4180), a cell that looks like a formula quoted so no sheet runs it. */
final class AuditCsv {

  private AuditCsv() {}

  static byte[] of(List<AuditEntry> entries) {
    StringBuilder csv = new StringBuilder("When (UTC),Who,Kind,Subject,Detail\r\n");
    for (AuditEntry e : entries) {
      csv.append(cell(e.occurredAt() == null ? "" : e.occurredAt().toString()))
          .append(',')
          .append(cell(e.actor()))
          .append(',')
          .append(cell(e.kind().label()))
          .append(',')
          .append(cell(e.subject()))
          .append(',')
          .append(cell(e.detail()))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("'")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
