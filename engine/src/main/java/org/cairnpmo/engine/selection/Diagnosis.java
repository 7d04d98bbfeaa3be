package org.cairnpmo.engine.selection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Decides feasibility and explains infeasibility. Because usage is non-negative, the must-include
 * projects with their prerequisites (the mandatory set) are in every feasible selection and every
 * other rule only forbids; so the problem is feasible exactly when the mandatory set breaks no
 * rule, and each broken rule is a complete explanation.
 */
final class Diagnosis {

  private Diagnosis() {}

  static List<Conflict> conflicts(IndexedProblem p) {
    List<Conflict> out = new ArrayList<>();
    int[] pulledBy = new int[p.n];
    Arrays.fill(pulledBy, -1);
    for (int i = 0; i < p.n; i++) {
      if (p.mustInclude[i]) {
        excludedPrerequisites(p, i, out);
        for (int j : p.closure[i]) {
          if (pulledBy[j] < 0 || p.mustInclude[j]) {
            pulledBy[j] = p.mustInclude[j] ? j : i;
          }
        }
      }
    }
    for (int g = 0; g < p.groups.length; g++) {
      List<String> inGroup = new ArrayList<>();
      List<String> why = new ArrayList<>();
      for (int i : p.groups[g]) {
        if (pulledBy[i] >= 0) {
          inGroup.add(p.ids[i]);
          why.add(reason(p, i, pulledBy[i]));
        }
      }
      if (inGroup.size() > 1) {
        String name = p.source.exclusiveGroups().get(g).name();
        out.add(
            new Conflict(
                Conflict.Kind.EXCLUSIVE_GROUP,
                "Exclusive group \""
                    + name
                    + "\" allows at most one project, but these are all required: "
                    + String.join("; ", why)
                    + ".",
                inGroup));
      }
    }
    for (int d = 0; d < p.m; d++) {
      double used = 0;
      List<String> users = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < p.n; i++) {
        if (pulledBy[i] >= 0 && p.usage[d][i] > 0) {
          used += p.usage[d][i];
          users.add(p.ids[i]);
          parts.add(p.ids[i] + " " + number(p.usage[d][i]));
        }
      }
      if (!IndexedProblem.fits(used, p.capacity[d])) {
        String name = p.source.dimensions().get(d).name();
        out.add(
            new Conflict(
                Conflict.Kind.CAPACITY,
                "The must-include projects and their prerequisites need "
                    + number(used)
                    + " of \""
                    + name
                    + "\", but its capacity is "
                    + number(p.capacity[d])
                    + " ("
                    + String.join(", ", parts)
                    + ").",
                users));
      }
    }
    return out;
  }

  /** Finds must-exclude projects reachable from must-include {@code start}, with the path. */
  private static void excludedPrerequisites(IndexedProblem p, int start, List<Conflict> out) {
    if (p.mustExclude[start]) {
      out.add(
          new Conflict(
              Conflict.Kind.INCLUDED_AND_EXCLUDED,
              "Project " + p.ids[start] + " is both must-include and must-exclude.",
              List.of(p.ids[start])));
      return;
    }
    int[] parent = new int[p.n];
    Arrays.fill(parent, -2);
    parent[start] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : p.requires[v]) {
        if (parent[w] != -2) {
          continue;
        }
        parent[w] = v;
        if (p.mustExclude[w]) {
          List<String> path = new ArrayList<>();
          for (int u = w; u >= 0; u = parent[u]) {
            path.add(p.ids[u]);
          }
          Collections.reverse(path);
          out.add(
              new Conflict(
                  Conflict.Kind.PREREQUISITE_EXCLUDED,
                  "Must-include project "
                      + p.ids[start]
                      + " requires "
                      + p.ids[w]
                      + " ("
                      + String.join(" needs ", path)
                      + "), but "
                      + p.ids[w]
                      + " is must-exclude.",
                  path));
        } else {
          queue.add(w);
        }
      }
    }
  }

  private static String reason(IndexedProblem p, int i, int pulledBy) {
    return pulledBy == i
        ? p.ids[i] + " (must-include)"
        : p.ids[i] + " (prerequisite of must-include " + p.ids[pulledBy] + ")";
  }

  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) x);
    }
    return String.format(Locale.ROOT, "%,.4f", x).replaceAll("0+$", "");
  }
}
