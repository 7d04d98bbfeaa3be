package org.cairnpmo.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.integration.domain.DeliveryDetail;
import org.cairnpmo.integration.domain.DeliveryView;
import org.cairnpmo.integration.domain.NewWebhook;
import org.cairnpmo.integration.domain.WebhookData;
import org.cairnpmo.integration.domain.WebhookEventType;
import org.cairnpmo.integration.domain.WebhookService;
import org.cairnpmo.integration.domain.WebhookView;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Webhooks",
    description =
        "Outgoing webhooks: Cairn POSTs a signed JSON envelope to a registered URL when an event"
            + " happens, retries with backoff and keeps a delivery log (docs/webhooks.md)."
            + " Administrators only.")
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class WebhookApiController {

  private final WebhookService webhooks;

  /** An event type a webhook may subscribe to. */
  record EventTypeView(String type, String label) {}

  @Operation(summary = "The webhooks, by name")
  @GetMapping
  List<WebhookView> list() {
    return webhooks.all();
  }

  @Operation(summary = "The event types a webhook may subscribe to")
  @GetMapping("/event-types")
  List<EventTypeView> eventTypes() {
    return Arrays.stream(WebhookEventType.values())
        .map(t -> new EventTypeView(t.key(), t.label()))
        .toList();
  }

  @Operation(
      summary = "Register a webhook",
      description =
          "201 with the webhook and its secret, shown this once. Leave 'secret' out to have Cairn"
              + " make one.")
  @PostMapping
  ResponseEntity<NewWebhook> create(@Valid @RequestBody WebhookData data, CurrentUser me) {
    NewWebhook created = webhooks.create(data, me.username());
    return VersionedResponses.created(created, created.webhook().id(), created.webhook().version());
  }

  @Operation(summary = "One webhook; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<WebhookView> get(@PathVariable long id) {
    return VersionedResponses.ok(webhooks.get(id));
  }

  @Operation(
      summary = "Change a webhook",
      description =
          "Name the version you edited in If-Match or 'version'. A 'secret' replaces the old one;"
              + " without it the secret stays.")
  @PutMapping("/{id}")
  ResponseEntity<WebhookView> update(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody WebhookData data,
      CurrentUser me) {
    return ifMatch.changed(
        data.version(), expected -> webhooks.update(id, data.editing(expected), me.username()));
  }

  @Operation(summary = "Remove a webhook and its delivery log")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    webhooks.delete(id);
  }

  @Operation(
      summary = "Send a test event (ping) now",
      description = "The delivery with the receiver's answer; a ping is not retried.")
  @PostMapping("/{id}/test")
  DeliveryDetail test(@PathVariable long id, CurrentUser me) {
    return webhooks.sendTest(id, me.username());
  }

  @Operation(summary = "The webhook's delivery log, newest first")
  @GetMapping("/{id}/deliveries")
  PageResponse<DeliveryView> deliveries(@PathVariable long id, PageQuery paging) {
    return PageResponse.of(webhooks.deliveries(id, paging.request(Sort.by("id").descending())));
  }

  @Operation(summary = "One delivery with its payload and every attempt")
  @GetMapping("/{id}/deliveries/{deliveryId}")
  DeliveryDetail delivery(@PathVariable long id, @PathVariable long deliveryId) {
    return webhooks.delivery(id, deliveryId);
  }

  @Operation(
      summary = "Send a finished delivery again",
      description = "202: due now, its attempts counted anew; 409 while it is still being sent.")
  @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
  @ResponseStatus(HttpStatus.ACCEPTED)
  DeliveryView redeliver(@PathVariable long id, @PathVariable long deliveryId) {
    return webhooks.redeliver(id, deliveryId);
  }
}
