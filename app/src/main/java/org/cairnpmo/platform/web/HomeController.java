package org.cairnpmo.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cairnpmo.platform.HomePanel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: a greeting and the panels the capability modules contribute. */
@Controller
class HomeController {

  private final List<HomePanel> panels;

  HomeController(ObjectProvider<HomePanel> panels) {
    this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute(
        "panels",
        panels.stream()
            .map(p -> new RenderedPanel(p.template(), p.model()))
            .filter(p -> Objects.nonNull(p.model()))
            .toList());
    return "home";
  }

  /** A panel ready to render: its template and its model. */
  public record RenderedPanel(String template, Object model) {}
}
