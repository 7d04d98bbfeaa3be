package org.cairnpmo.resources.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.LearningApi;
import org.cairnpmo.resources.LearningAsk;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads from learning where people stand on a {@link LearningAsk}, for the pool's search and for
 * staffing. Only those who staff may ask: the answer tells something of people's learning records,
 * which others do not see.
 */
@Component
public class LearningStandings {

  private final LearningApi learning;
  private final Clock clock;

  LearningStandings(LearningApi learning, Clock clock) {
    this.learning = learning;
    this.clock = clock;
  }

  /**
   * Where everyone stands on {@code ask}, read once for the whole pool.
   *
   * @throws AccessDeniedException unless the viewer staffs
   */
  public Standings of(LearningAsk ask, CurrentUser viewer) {
    LearningAsk checked = ask.checked();
    if (!checked.asks()) {
      return new Standings(checked, Map.of(), Set.of());
    }
    if (!ResourcesAccess.editsPool(viewer)) {
      throw new AccessDeniedException(
          "Only resource managers, the PMO and administrators search by competency or"
              + " certification");
    }
    Map<Long, Integer> levels =
        checked.competency() == null ? Map.of() : learning.competencyLevels(checked.competency());
    Set<Long> certified =
        checked.certification() == null
            ? Set.of()
            : learning.holdersOfValidCertification(checked.certification(), LocalDate.now(clock));
    return new Standings(checked, levels, certified);
  }

  /**
   * Where people stand, by user id.
   *
   * @param levels the level counted in the competency asked, of those assessed in it
   * @param certified those holding a valid certification of the scheme asked
   */
  public record Standings(LearningAsk ask, Map<Long, Integer> levels, Set<Long> certified) {

    /** Whether the person of {@code userId} (none for a pool entry without an account) meets it. */
    public boolean meets(Long userId) {
      if (!ask.asks()) {
        return true;
      }
      return userId != null
          && (ask.competency() == null || level(userId) >= ask.least())
          && (ask.certification() == null || certified.contains(userId));
    }

    /** The level counted in the competency asked, 0 when not assessed. */
    public int level(Long userId) {
      return userId == null ? 0 : levels.getOrDefault(userId, 0);
    }

    /** The user ids that meet the ask (everyone assessed or certified who does). */
    public Set<Long> matching() {
      Set<Long> all = new HashSet<>(levels.keySet());
      all.addAll(certified);
      return all.stream().filter(this::meets).collect(Collectors.toSet());
    }

    /** Higher level in the competency asked first; no order when none is asked. */
    public Comparator<Long> byLevel() {
      return Comparator.comparingInt((Long id) -> level(id)).reversed();
    }

    /**
     * Why the person meets the ask, in words: "Risk management 4 (3 asked), PMP valid"; null when
     * nothing is asked.
     */
    public String words(Long userId) {
      if (!ask.asks()) {
        return null;
      }
      StringBuilder s = new StringBuilder();
      if (ask.competency() != null) {
        s.append(ask.competency())
            .append(' ')
            .append(level(userId))
            .append("/5 (")
            .append(ask.least())
            .append(" asked)");
      }
      if (ask.certification() != null) {
        if (!s.isEmpty()) {
          s.append(", ");
        }
        s.append(ask.certification().label())
            .append(userId != null && certified.contains(userId) ? " valid" : " not held");
      }
      return s.toString();
    }
  }
}
