package org.cairnpmo.integration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.integration.domain.DeliveryDetail;
import org.cairnpmo.integration.domain.DeliveryView;
import org.cairnpmo.integration.domain.NewWebhook;
import org.cairnpmo.integration.domain.WebhookData;
import org.cairnpmo.integration.domain.WebhookEventType;
import org.cairnpmo.integration.domain.WebhookService;
import org.cairnpmo.integration.domain.WebhookView;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' webhook pages (the security rules restrict /admin/** to ADMIN): the list,
 * registration with the secret shown once, changes, removal, "Send test" (answered in place when
 * htmx asks), the delivery log and a delivery's attempts with "Send again".
 */
@Controller
@RequestMapping("/admin/webhooks")
record WebhookPageController(WebhookService webhooks) {

  static final int PAGE_SIZE = 25;

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @ModelAttribute("eventTypes")
  List<WebhookEventType> eventTypes() {
    return List.of(WebhookEventType.values());
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("webhooks", webhooks.all());
    return "admin/webhooks";
  }

  @GetMapping("/new")
  String newWebhook(Model model) {
    model.addAttribute("form", new WebhookData(null, null, List.of(), true, null, null));
    return "admin/webhooks-new";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") WebhookData form,
      BindingResult binding,
      CurrentUser me,
      Model model) {
    Optional<NewWebhook> created =
        FormErrors.attempt(binding, model, "conflict", () -> webhooks.create(form, me.username()));
    if (created.isEmpty()) {
      return "admin/webhooks-new";
    }
    model.addAttribute("webhook", created.get().webhook());
    model.addAttribute("secret", created.get().secret());
    return "admin/webhooks-secret";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    WebhookView webhook = webhooks.get(id);
    model.addAttribute(
        "form",
        new WebhookData(
            webhook.name(),
            webhook.url(),
            webhook.eventTypes(),
            webhook.active(),
            null,
            webhook.version()));
    return showEdit(webhook, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") WebhookData form,
      BindingResult binding,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<WebhookView> saved =
        FormErrors.attempt(
            binding, model, "conflict", () -> webhooks.update(id, form, me.username()));
    if (saved.isEmpty()) {
      if (model.containsAttribute("conflict")) {
        response.setStatus(HttpStatus.CONFLICT.value());
      }
      return showEdit(webhooks.get(id), model);
    }
    redirect.addFlashAttribute("flash", "Saved the changes to " + saved.get().name() + ".");
    return "redirect:/admin/webhooks/" + id;
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    WebhookView webhook = webhooks.get(id);
    webhooks.delete(id);
    redirect.addFlashAttribute(
        "flash", "Removed the webhook " + webhook.name() + " and its delivery log.");
    return "redirect:/admin/webhooks";
  }

  /** The ping's outcome in place for htmx; without it, the delivery's page. */
  @PostMapping("/{id}/test")
  String test(
      @PathVariable long id,
      CurrentUser me,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    DeliveryDetail result = webhooks.sendTest(id, me.username());
    if (!"true".equals(htmx)) {
      return "redirect:/admin/webhooks/" + id + "/deliveries/" + result.delivery().id();
    }
    model.addAttribute("webhook", webhooks.get(id));
    model.addAttribute("result", result);
    return "admin/webhooks-fragments :: test-result";
  }

  @GetMapping("/{id}/deliveries")
  String deliveries(
      @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
    WebhookView webhook = webhooks.get(id);
    Page<DeliveryView> deliveries =
        Paging.showing(
            page, PAGE_SIZE, Sort.by("id").descending(), p -> webhooks.deliveries(id, p));
    model.addAttribute("webhook", webhook);
    model.addAttribute("deliveries", deliveries);
    model.addAttribute(
        "pageNav", PageNav.of(deliveries, PageNav.link("/admin/webhooks/" + id + "/deliveries")));
    return "admin/webhooks-deliveries";
  }

  @GetMapping("/{id}/deliveries/{deliveryId}")
  String delivery(@PathVariable long id, @PathVariable long deliveryId, Model model) {
    model.addAttribute("webhook", webhooks.get(id));
    model.addAttribute("detail", webhooks.delivery(id, deliveryId));
    return "admin/webhooks-delivery";
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
  String redeliver(
      @PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
    FlashActions.run(redirect, null, () -> webhooks.redeliver(id, deliveryId))
        .ifPresent(
            d ->
                redirect.addFlashAttribute(
                    "flash", "Delivery " + deliveryId + " is due again and goes out shortly."));
    return "redirect:/admin/webhooks/" + id + "/deliveries/" + deliveryId;
  }

  private String showEdit(WebhookView webhook, Model model) {
    model.addAttribute("webhook", webhook);
    model.addAttribute(
        "recent",
        webhooks.deliveries(webhook.id(), Paging.request(0, 5, Sort.by("id").descending())));
    return "admin/webhooks-edit";
  }
}
