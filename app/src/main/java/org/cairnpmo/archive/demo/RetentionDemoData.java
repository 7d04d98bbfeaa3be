package org.cairnpmo.archive.demo;

import org.cairnpmo.archive.retention.RetentionService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.DemoLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's retention: one rule, documents kept ten years after closure for every project, set by
 * the PMO; left alone when any rule exists.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class RetentionDemoData {

  private static final Logger log = LoggerFactory.getLogger(RetentionDemoData.class);

  private final RetentionService retention;
  private final IdentityApi identity;

  RetentionDemoData(RetentionService retention, IdentityApi identity) {
    this.retention = retention;
    this.identity = identity;
  }

  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    try {
      identity
          .userByUsername("pmo")
          .ifPresent(
              pmo -> {
                CurrentUser by =
                    new CurrentUser(pmo.id(), pmo.username(), pmo.displayName(), pmo.roles());
                if (retention.rules(by).isEmpty()) {
                  retention.addRule("DEFAULT", 10, by);
                }
              });
    } catch (RuntimeException e) {
      // The demo's retention must never keep Cairn from starting.
      log.error("Demo retention: not loaded: {}", e.getMessage(), e);
    }
  }
}
