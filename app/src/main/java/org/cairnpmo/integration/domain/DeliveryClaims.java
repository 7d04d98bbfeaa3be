package org.cairnpmo.integration.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The states of a delivery, moved by single UPDATEs that say what they expect to find, so that
 * every node may run a dispatcher and none sends what another claimed: a claim sets a new token
 * only where the row is still due (PENDING and due, or SENDING on a claim older than the lease),
 * and only the UPDATE that changed the row wins; the outcome is written only under the winner's
 * token. Plain SQL that H2 and PostgreSQL both run; each claim commits on its own.
 */
@Component
class DeliveryClaims {

  private final JdbcClient jdbc;

  DeliveryClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} deliveries due at {@code now}, oldest due first. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public List<Long> due(Instant now, Instant staleBefore, int limit) {
    return jdbc.sql(
            "select id from int_delivery where (status = 'PENDING' and next_attempt_at <= :now)"
                + " or (status = 'SENDING' and claimed_at < :stale)"
                + " order by next_attempt_at, id fetch first "
                + Math.max(1, limit)
                + " rows only")
        .param("now", at(now))
        .param("stale", at(staleBefore))
        .query(Long.class)
        .list();
  }

  /**
   * Claims one delivery for this node and counts the attempt: the claim's token, or empty when
   * another node claimed it first or it is no longer due.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public Optional<String> claim(long id, Instant now, Instant staleBefore) {
    String token = UUID.randomUUID().toString();
    int claimed =
        jdbc.sql(
                "update int_delivery set status = 'SENDING', claim_token = :token,"
                    + " claimed_at = :now, attempts = attempts + 1 where id = :id and"
                    + " ((status = 'PENDING' and next_attempt_at <= :now)"
                    + " or (status = 'SENDING' and claimed_at < :stale))")
            .param("token", token)
            .param("now", at(now))
            .param("stale", at(staleBefore))
            .param("id", id)
            .update();
    return claimed == 1 ? Optional.of(token) : Optional.empty();
  }

  /** Writes the attempt and the delivery's new state, if {@code token} still holds the claim. */
  @Transactional
  public boolean finish(
      long id,
      String token,
      int attempt,
      Instant startedAt,
      Sent sent,
      DeliveryStatus status,
      Instant nextAttemptAt,
      Instant now) {
    int updated =
        jdbc.sql(
                "update int_delivery set status = :status, claim_token = null, claimed_at = null,"
                    + " next_attempt_at = :next, finished_at = :finished, last_status = :code,"
                    + " last_error = :error where id = :id and claim_token = :token"
                    + " and status = 'SENDING'")
            .param("status", status.name())
            .param("next", at(nextAttemptAt == null ? now : nextAttemptAt))
            .param("finished", status == DeliveryStatus.PENDING ? null : at(now))
            .param("code", sent.statusCode())
            .param("error", sent.summary())
            .param("id", id)
            .param("token", token)
            .update();
    if (updated == 1) {
      jdbc.sql(
              "insert into int_attempt (delivery_id, attempt, started_at, duration_ms,"
                  + " status_code, response, error) values (:delivery, :attempt, :started,"
                  + " :duration, :code, :response, :error)")
          .param("delivery", id)
          .param("attempt", attempt)
          .param("started", at(startedAt))
          .param("duration", sent.durationMs())
          .param("code", sent.statusCode())
          .param("response", sent.response())
          .param("error", sent.error())
          .update();
    }
    return updated == 1;
  }

  /** A finished delivery due again now, its attempts counted from nought (a redelivery). */
  @Transactional
  public boolean again(long id, Instant now) {
    return jdbc.sql(
                "update int_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now,"
                    + " finished_at = null where id = :id and status in ('FAILED', 'DELIVERED')")
            .param("now", at(now))
            .param("id", id)
            .update()
        == 1;
  }

  /** Removes finished deliveries (their attempts go with them) finished before {@code before}. */
  @Transactional
  public int purge(Instant before) {
    return jdbc.sql(
            "delete from int_delivery where status in ('DELIVERED', 'FAILED')"
                + " and finished_at < :before")
        .param("before", at(before))
        .update();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
