package org.cairnpmo.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted per client address, so that one address cannot try a few passwords on
 * every account (the per-account lockout stops only guesses at one). A window opens at an address's
 * first failure; once it holds the limit, the address is refused until the window ends. Kept in
 * memory on each node: a cluster of N nodes lets an address try at most N times the limit, and a
 * restart forgets, which is acceptable for slowing guessing down.
 */
@Component
public class AddressThrottle {

  /** Beyond this many tracked addresses new ones are not counted, so memory stays bounded. */
  static final int MAX_TRACKED = 100_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int limit;
  private final Duration length;
  private final Clock clock;
  private final AuditLog audit;

  AddressThrottle(IdentityProperties properties, Clock clock, AuditLog audit) {
    this.limit = properties.security().maxFailedLoginsPerAddress();
    this.length = properties.security().addressWindow();
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Counts one failed sign-in from {@code address} as {@code triedAs} (a username, or a note of
   * what was tried); the failure that reaches the limit goes to the audit log.
   */
  public void recordFailure(String address, String triedAs) {
    if (address != null && count(address)) {
      audit.recordAs(
          triedAs, AuditKind.ADDRESS_THROTTLED, address, "Too many failed sign-ins from here");
    }
  }

  /** True when this failure reached the limit. */
  private boolean count(String address) {
    Instant now = clock.instant();
    if (windows.size() >= MAX_TRACKED) {
      windows.values().removeIf(w -> w.endsBy(now));
      if (windows.size() >= MAX_TRACKED && !windows.containsKey(address)) {
        return false;
      }
    }
    Window window =
        windows.compute(
            address,
            (key, open) ->
                open == null || open.endsBy(now) ? Window.opening(now, length) : open.plusOne());
    return window.failures() == limit;
  }

  /** How long {@code address} is still refused, if it is. */
  public Optional<Duration> refusedFor(String address) {
    if (address == null) {
      return Optional.empty();
    }
    Window window = windows.get(address);
    Instant now = clock.instant();
    if (window == null || window.endsBy(now) || window.failures() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, window.ends()));
  }

  private record Window(Instant ends, int failures) {

    static Window opening(Instant now, Duration length) {
      return new Window(now.plus(length), 1);
    }

    Window plusOne() {
      return new Window(ends, failures + 1);
    }

    boolean endsBy(Instant now) {
      return !now.isBefore(ends);
    }
  }
}
