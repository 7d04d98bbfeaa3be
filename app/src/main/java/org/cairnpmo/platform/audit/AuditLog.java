package org.cairnpmo.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' audit log. Modules record their security events and confidential exports
 * here; an entry written inside a transaction commits or rolls back with it (a refused role change
 * leaves no entry), one written outside (a sign-in) stands alone. Entries are never changed.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

  private static final int TEXT = 1000;

  private final JdbcClient jdbc;
  private final Clock clock;

  /** An event done by the signed-in person ("system" when nobody is). */
  public void record(AuditKind kind, String subject, String detail) {
    recordAs(currentActor(), kind, subject, detail);
  }

  /** An event done by {@code actor}, e.g. the name someone tried to sign in with. */
  public void recordAs(String actor, AuditKind kind, String subject, String detail) {
    jdbc.sql(
            "insert into hst_audit (occurred_at, actor, kind, subject, detail)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            clock.instant().atOffset(ZoneOffset.UTC),
            cut(actor == null || actor.isBlank() ? "(unknown)" : actor, 60),
            kind.name(),
            cut(subject, 200),
            cut(detail, TEXT))
        .update();
  }

  @Transactional(readOnly = true)
  public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.actor() != null) {
      where.append(" and lower(actor) = ?");
      params.add(filter.actor().toLowerCase(Locale.ROOT));
    }
    if (filter.kind() != null) {
      where.append(" and kind = ?");
      params.add(filter.kind().name());
    }
    if (filter.from() != null) {
      where.append(" and occurred_at >= ?");
      params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      where.append(" and occurred_at < ?");
      params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    long total =
        jdbc.sql("select count(*) from hst_audit" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> paged = new ArrayList<>(params);
    paged.add(pageable.getOffset());
    paged.add(pageable.getPageSize());
    List<AuditEntry> entries =
        jdbc.sql(
                "select id, occurred_at, actor, kind, subject, detail from hst_audit"
                    + where
                    + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only")
            .params(paged)
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong("id"),
                        instant(rs.getObject("occurred_at", OffsetDateTime.class)),
                        rs.getString("actor"),
                        AuditKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"),
                        rs.getString("detail")))
            .list();
    return new PageImpl<>(entries, pageable, total);
  }

  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
      return "system";
    }
    return auth.getName();
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  private static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    String clean = text.replaceAll("\\p{Cntrl}", " ");
    return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
  }
}
