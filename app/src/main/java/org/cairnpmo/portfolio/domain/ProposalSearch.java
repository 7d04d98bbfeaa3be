package org.cairnpmo.portfolio.domain;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.data.jpa.domain.Specification;

/**
 * The proposals a search finds: by status, by title or code ({@code PRO-42}, {@code pro0042}), the
 * viewer's own, and only those the viewer may read, decided in the query so that counts and pages
 * never include a proposal the viewer cannot see.
 */
final class ProposalSearch {

  private static final Pattern CODE = Pattern.compile("(?i)\\s*PRO-?0*(\\d{1,12})\\s*");

  private ProposalSearch() {}

  static Specification<Proposal> matching(ProposalFilter filter, CurrentUser viewer) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!filter.statusesOrEmpty().isEmpty()) {
        where.add(root.get("status").in(filter.statusesOrEmpty()));
      }
      if (filter.query() != null && !filter.query().isBlank()) {
        Matcher code = CODE.matcher(filter.query());
        String like = "%" + filter.query().trim().toLowerCase(Locale.ROOT) + "%";
        Predicate title = cb.like(cb.lower(root.get("title")), like);
        where.add(
            code.matches()
                ? cb.or(title, cb.equal(root.get("id"), Long.parseLong(code.group(1))))
                : title);
      }
      if (filter.mine()) {
        where.add(cb.equal(root.get("authorId"), viewer.id()));
      }
      if (!PortfolioAccess.readsAll(viewer)) {
        Subquery<Long> scorer = query.subquery(Long.class);
        var sheet = scorer.from(ScoreSheet.class);
        scorer
            .select(sheet.get("proposalId"))
            .where(
                cb.equal(sheet.get("proposalId"), root.get("id")),
                cb.equal(sheet.get("scorerId"), viewer.id()));
        where.add(
            cb.or(
                cb.equal(root.get("authorId"), viewer.id()),
                cb.equal(root.get("sponsorId"), viewer.id()),
                cb.exists(scorer)));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
