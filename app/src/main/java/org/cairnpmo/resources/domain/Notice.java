package org.cairnpmo.resources.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.resources.NoticeView;

/** One thing the application told one person; they mark it read, nothing else changes it. */
@Entity
@Table(name = "res_notice")
@Getter
class Notice extends GeneratedId {

  private long userId;
  private Instant createdAt;
  private String subject;
  private String body;
  private String link;
  private Instant readAt;

  protected Notice() {}

  Notice(long userId, Instant at, String subject, String body, String link) {
    this.userId = userId;
    this.createdAt = at;
    this.subject = subject;
    this.body = body;
    this.link = link;
  }

  NoticeView view() {
    return new NoticeView(getId(), createdAt, subject, body, link, readAt != null);
  }
}
