package org.cairnpmo.control.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PMO's rating policy: every signed-in person may read it; the PMO and admins change it. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RatingRuleService {

  private static final Comparator<RatingRuleView> ORDER =
      Comparator.comparing(RatingRuleView::dimension)
          .thenComparing(RatingRuleView::metric)
          .thenComparing(RatingRuleView::rating)
          .thenComparing(RatingRuleView::id);

  private final RatingRuleEntryRepository rules;
  private final Clock clock;

  public static boolean mayManage(CurrentUser user) {
    return user.governsAllProjects();
  }

  @Transactional(readOnly = true)
  public List<RatingRuleView> list() {
    return rules.findAll().stream().map(RatingRuleEntry::view).sorted(ORDER).toList();
  }

  @Transactional(readOnly = true)
  public RatingRuleView get(long id) {
    return find(id).view();
  }

  /** The active rules, as the evaluator takes them. */
  @Transactional(readOnly = true)
  public List<RatingRule> activeRules() {
    return rules.findAll().stream()
        .filter(RatingRuleEntry::isActive)
        .map(RatingRuleEntry::rule)
        .toList();
  }

  @Transactional(readOnly = true)
  public SuggestedRatings suggest(StatusMetrics metrics) {
    return RatingRules.suggest(activeRules(), metrics);
  }

  @Transactional
  public RatingRuleView define(RatingRuleData data, CurrentUser author) {
    requireManager(author);
    return rules
        .saveAndFlush(RatingRuleEntry.define(data, author.username(), clock.instant()))
        .view();
  }

  @Transactional
  public RatingRuleView revise(
      long id, RatingRuleData data, long expectedVersion, CurrentUser editor) {
    requireManager(editor);
    RatingRuleEntry entry = find(id);
    entry.requireVersion(expectedVersion, "Rating rule " + id);
    entry.change(data, editor.username(), clock.instant());
    return rules.saveAndFlush(entry).view();
  }

  @Transactional
  public void delete(long id, Long expectedVersion, CurrentUser editor) {
    requireManager(editor);
    RatingRuleEntry entry = find(id);
    if (expectedVersion != null) {
      entry.requireVersion(expectedVersion, "Rating rule " + id);
    }
    rules.delete(entry);
  }

  private RatingRuleEntry find(long id) {
    return rules.findById(id).orElseThrow(() -> new NotFoundException("Rating rule", id));
  }

  /** Refuses anyone but the PMO and administrators, who manage the rules, with a 403. */
  public static void requireManager(CurrentUser user) {
    if (!mayManage(user)) {
      throw new AccessDeniedException("Only the PMO changes the rating rules");
    }
  }
}
