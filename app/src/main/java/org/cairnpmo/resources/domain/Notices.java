package org.cairnpmo.resources.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.resources.NoticeView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling people about the steps that concern them: a notice in the application, written in the
 * step's own transaction, and a mail after it commits where mail is configured. Whom each step
 * concerns is the caller's to say ({@link RequestNotices}, the timesheets' service); nobody is told
 * about their own step. Each person sees and marks only their own notices.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notices {

  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 2000;

  private final NoticeRepository notices;
  private final IdentityApi identity;
  private final NoticeMail mail;
  private final Clock clock;

  /**
   * Tells each of {@code userIds} but {@code actor}, among those {@code mayKnow} allows (a step on
   * a project someone may not see is not theirs to hear of), about a step: {@code link} is the path
   * of the page it is seen on. Answers who was told.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Set<Long> post(
      Collection<Long> userIds,
      CurrentUser actor,
      Predicate<CurrentUser> mayKnow,
      String subject,
      String body,
      String link) {
    Set<Long> candidates = new LinkedHashSet<>(userIds);
    candidates.remove(null);
    candidates.remove(actor.id());
    Set<Long> to = new LinkedHashSet<>();
    if (candidates.isEmpty()) {
      return to;
    }
    String s = clip(subject, MAX_SUBJECT);
    String b = clip(body, MAX_BODY);
    Map<Long, UserSummary> users = identity.usersByIds(candidates);
    List<Notice> saved = new ArrayList<>();
    List<NoticeMail.Letter> letters = new ArrayList<>();
    for (long id : candidates) {
      UserSummary user = users.get(id);
      if (user == null || !user.enabled() || !mayKnow.test(user.asCurrentUser())) {
        continue;
      }
      to.add(id);
      saved.add(new Notice(id, clock.instant(), s, b, link));
      if (user.email() != null && !user.email().isBlank()) {
        letters.add(new NoticeMail.Letter(user.email(), user.displayName(), s, b, link));
      }
    }
    notices.saveAll(saved);
    mail.sendAfterCommit(letters);
    return to;
  }

  /** The active holders of {@code role}: whom a step for "the resource managers" tells. */
  public Set<Long> holdersOf(Role role) {
    Set<Long> ids = new LinkedHashSet<>();
    identity.activeUsersWithRole(role).forEach(u -> ids.add(u.id()));
    return ids;
  }

  /** The caller's notices, newest first, all or only the unread ones. */
  @Transactional(readOnly = true)
  public Page<NoticeView> mine(boolean unreadOnly, int page, int size, CurrentUser me) {
    var request =
        Paging.request(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    return (unreadOnly
            ? notices.findByUserIdAndReadAtIsNull(me.id(), request)
            : notices.findByUserId(me.id(), request))
        .map(Notice::view);
  }

  /**
   * Marks the caller's unread notices read, up to {@code upTo} (all when null), so that one that
   * arrived after the list was shown stays unread. Answers how many were marked.
   */
  @Transactional
  public int markRead(Long upTo, CurrentUser me) {
    return notices.markRead(me.id(), upTo == null ? Long.MAX_VALUE : upTo, clock.instant());
  }

  private static String clip(String text, int max) {
    String t = text == null ? "" : text.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
