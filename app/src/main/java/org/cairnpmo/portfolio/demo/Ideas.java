package org.cairnpmo.portfolio.demo;

import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.portfolio.domain.ProposalStatus;

/**
 * A proposal of the demo and where it ends up.
 *
 * @param round the budget round: 2026 (scored on last year's criteria) or 2027
 * @param investment total investment in thousands of euros
 * @param benefit yearly benefit at full run rate, in thousands of euros
 * @param quality how good the scorers find it, 0–1
 * @param contested scorers disagree on its financial return
 * @param scored rejected or deferred only after evaluation
 * @param objectives indexes of the objectives served, the first one most
 */
record Idea(
    int round,
    ProposalStatus status,
    String title,
    String dept,
    String author,
    String problem,
    String scope,
    String doNothing,
    String alternative,
    int investment,
    int benefit,
    double quality,
    boolean contested,
    boolean scored,
    String reason,
    int[] objectives,
    List<String> roles,
    List<String> risks) {}

/**
 * The thirty proposals of the Northwind Industries portfolio, from {@code
 * demo/portfolio-ideas.yml}.
 */
final class Ideas {

  private static final String DO_NOTHING = "the problem persists and its cost grows with volume";
  private static final String ALTERNATIVE = "Buy a standard package and adapt our processes to it";

  private Ideas() {}

  static String sponsorOf(String dept) {
    return switch (dept) {
      case "FIN" -> "Henrik Larsen";
      case "IT" -> "Amelia Clarke";
      case "OPS" -> "Robert Keller";
      case "MKS" -> "Charlotte Davies";
      case "HR" -> "Margaret Kelly";
      case "RND" -> "Katarina Horvat";
      default -> "exec";
    };
  }

  static List<Idea> all() {
    return DemoResource.entries("portfolio-ideas.yml").stream().map(Ideas::idea).toList();
  }

  @SuppressWarnings("unchecked")
  private static Idea idea(Map<String, Object> e) {
    return new Idea(
        (Integer) e.get("round"),
        ProposalStatus.valueOf((String) e.get("status")),
        (String) e.get("title"),
        (String) e.get("dept"),
        (String) e.get("author"),
        (String) e.get("problem"),
        (String) e.get("scope"),
        (String) e.getOrDefault("doNothing", DO_NOTHING),
        (String) e.getOrDefault("alternative", ALTERNATIVE),
        (Integer) e.get("investment"),
        (Integer) e.get("benefit"),
        ((Number) e.get("quality")).doubleValue(),
        Boolean.TRUE.equals(e.get("contested")),
        Boolean.TRUE.equals(e.get("scored")),
        (String) e.get("reason"),
        ((List<Integer>) e.get("objectives")).stream().mapToInt(Integer::intValue).toArray(),
        List.copyOf((List<String>) e.get("roles")),
        List.copyOf((List<String>) e.get("risks")));
  }
}
