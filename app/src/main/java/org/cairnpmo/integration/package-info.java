/**
 * Outgoing webhooks: administrators register URLs that Cairn POSTs a signed JSON envelope to when
 * something happens in another module (a project registered or its status changed, a status report
 * submitted, a gate decided, a proposal approved, a budget threshold crossed, a plan scheduled, a
 * timesheet approved, a lesson recorded, a method published).
 *
 * <p>The module only listens: each event is heard by an {@code @ApplicationModuleListener} (the
 * event publication registry keeps it until the listener has run), which writes one delivery per
 * subscribed webhook in its own transaction. A scheduled dispatcher on every node claims due
 * deliveries one by one with a compare-and-set UPDATE, so that two nodes never send the same one,
 * signs the body with the webhook's secret (HMAC-SHA256), POSTs it with short timeouts and retries
 * with exponential backoff until the last attempt, when the delivery is FAILED. Every attempt is
 * logged with its status code, the first KB of the answer, its duration or its error.
 *
 * <p>Payloads carry the ids and public fields of the event and nothing the event does not carry; a
 * proposal's business case and a person's labour cost stay out. Tables carry the prefix {@code
 * int_}. See {@code docs/webhooks.md}.
 */
@ApplicationModule(
    displayName = "Integration",
    allowedDependencies = {
      "platform",
      "identity",
      "projects",
      "governance",
      "portfolio",
      "budgets",
      "control",
      "planning",
      "resources",
      "practices"
    })
package org.cairnpmo.integration;

import org.springframework.modulith.ApplicationModule;
