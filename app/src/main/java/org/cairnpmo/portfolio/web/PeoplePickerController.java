package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The options of the portfolio's people pickers, as the person types: the people chosen so far,
 * then the active people whose name, username or e-mail matches. It shows names and job titles
 * only, to everyone signed in, as the sponsor list of the proposal form always did: anyone may
 * propose, and a proposal names its sponsor and its proposed manager.
 */
@Controller
record PeoplePickerController(IdentityApi identity) {

  /** How many matches a search shows; typing more narrows them. */
  static final int MATCHES = 8;

  /**
   * The fields a picker fills: a proposal's manager, an approval's manager, the scorers, and the
   * manager of each selected proposal on a scenario's commit form.
   */
  private static final Pattern FIELDS = Pattern.compile("managerId|userIds|manager-\\d{1,18}");

  private static final int MAX_CHOSEN = 100;

  @GetMapping("/portfolio/people")
  String options(
      @RequestParam String field,
      @RequestParam(defaultValue = "false") boolean multiple,
      @RequestParam(required = false) String none,
      HttpServletRequest request,
      CurrentUser viewer,
      Model model) {
    if (!FIELDS.matcher(field).matches()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown picker field.");
    }
    List<UserSummary> chosen = chosen(request.getParameterValues(field), multiple);
    Set<Long> chosenIds = new LinkedHashSet<>(chosen.stream().map(UserSummary::id).toList());
    String query = request.getParameter(field + "Search");
    List<UserSummary> matches =
        query == null || query.isBlank()
            ? List.of()
            : identity.findActiveUsers(query.trim(), MATCHES + chosenIds.size()).stream()
                .filter(u -> !chosenIds.contains(u.id()))
                .limit(MATCHES)
                .toList();
    model.addAttribute("field", field);
    model.addAttribute("multiple", multiple);
    model.addAttribute("chosen", chosen);
    model.addAttribute("matches", matches);
    model.addAttribute("none", none == null || none.isBlank() ? null : none);
    return "portfolio/people-picker :: options(field=${field},multiple=${multiple},chosen=${chosen},matches=${matches},none=${none})";
  }

  /** The people already chosen, in the order chosen; ids that are not numbers are ignored. */
  private List<UserSummary> chosen(String[] values, boolean multiple) {
    if (values == null) {
      return List.of();
    }
    List<Long> ids =
        Arrays.stream(values)
            .filter(v -> v != null && v.matches("\\d{1,18}"))
            .map(Long::valueOf)
            .distinct()
            .limit(multiple ? MAX_CHOSEN : 1)
            .toList();
    Map<Long, UserSummary> people = identity.usersByIds(ids);
    return ids.stream().map(people::get).filter(u -> u != null && u.enabled()).toList();
  }
}
