package org.cairnpmo.onboarding.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The uploaded files between an import's steps, in {@code onb_pending_import}: each belongs to its
 * uploader, who alone finds it, and expires a day after the upload. A person keeps at most {@value
 * #PER_PERSON} at once (the oldest goes).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PendingImports {

  static final int PER_PERSON = 5;

  private final JdbcTemplate jdbc;

  /** A stored upload. */
  record Pending(
      long id,
      long ownerId,
      ImportKind kind,
      String fileName,
      String mapping,
      String seen,
      byte[] content,
      Instant expiresAt,
      long version) {}

  long add(
      long ownerId,
      ImportKind kind,
      String fileName,
      String mapping,
      byte[] content,
      Instant now,
      Instant expiresAt) {
    List<Long> mine =
        jdbc.queryForList(
            "select id from onb_pending_import where owner_id = ? order by id desc",
            Long.class,
            ownerId);
    for (Long old : mine.subList(Math.min(PER_PERSON - 1, mine.size()), mine.size())) {
      jdbc.update("delete from onb_pending_import where id = ?", old);
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var ps =
              connection.prepareStatement(
                  """
                  insert into onb_pending_import (owner_id, kind, file_name, mapping, seen,
                    content, size_bytes, created_at, expires_at, version)
                  values (?, ?, ?, ?, '', ?, ?, ?, ?, 0)
                  """,
                  new String[] {"id"});
          ps.setLong(1, ownerId);
          ps.setString(2, kind.name());
          ps.setString(3, fileName);
          ps.setString(4, mapping);
          ps.setBytes(5, content);
          ps.setLong(6, content.length);
          ps.setTimestamp(7, Timestamp.from(now));
          ps.setTimestamp(8, Timestamp.from(expiresAt));
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  /** The upload, if it is {@code ownerId}'s and has not expired at {@code now}. */
  Optional<Pending> find(long id, long ownerId, Instant now) {
    return jdbc
        .query(
            """
            select id, owner_id, kind, file_name, mapping, seen, content, expires_at, version
            from onb_pending_import where id = ? and owner_id = ? and expires_at > ?
            """,
            (rs, i) ->
                new Pending(
                    rs.getLong(1),
                    rs.getLong(2),
                    ImportKind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBytes(7),
                    rs.getTimestamp(8).toInstant(),
                    rs.getLong(9)),
            id,
            ownerId,
            Timestamp.from(now))
        .stream()
        .findFirst();
  }

  /** A new mapping over the version the person saw; a stale version changes nothing (409). */
  void remap(Pending pending, long expectedVersion, String mapping) {
    int changed =
        jdbc.update(
            "update onb_pending_import set mapping = ?, version = version + 1"
                + " where id = ? and version = ?",
            mapping,
            pending.id(),
            expectedVersion);
    if (changed == 0) {
      throw new StaleVersionException(
          "The import of " + pending.fileName(), expectedVersion, pending.version());
    }
  }

  /** What each row of the dry run shown did, for apply to compare with. */
  void remember(long id, String seen) {
    jdbc.update("update onb_pending_import set seen = ? where id = ?", seen, id);
  }

  void delete(long id) {
    jdbc.update("delete from onb_pending_import where id = ?", id);
  }

  /** Forgets every upload that expired before {@code now}. */
  int deleteExpired(Instant now) {
    return jdbc.update("delete from onb_pending_import where expires_at <= ?", Timestamp.from(now));
  }
}
