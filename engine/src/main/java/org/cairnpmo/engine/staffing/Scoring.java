package org.cairnpmo.engine.staffing;

import java.util.ArrayList;
import java.util.List;

/** The hard rules and the parts of {@link FitScore} that do not depend on capacity. */
final class Scoring {

  private Scoring() {}

  /** Whether the person passes every hard rule of the request. */
  static boolean eligible(Person p, StaffingRequest r) {
    if (r.namedPersonId() != null && !r.namedPersonId().equals(p.id())) {
      return false;
    }
    if (r.excludedPersonIds().contains(p.id())) {
      return false;
    }
    if (r.role() != null && !p.roles().contains(r.role())) {
      return false;
    }
    for (SkillRequirement s : r.skills()) {
      if (p.level(s.skill()) < s.minimumLevel()) {
        return false;
      }
    }
    return r.maxCostRate() == null || p.costRate() <= r.maxCostRate() + 1e-9;
  }

  static double skill(Person p, StaffingRequest r) {
    if (r.skills().isEmpty()) {
      return 1.0;
    }
    double sum = 0;
    for (SkillRequirement s : r.skills()) {
      int min = s.minimumLevel();
      sum += min >= 5 ? 1.0 : 0.5 + 0.5 * (p.level(s.skill()) - min) / (5.0 - min);
    }
    return sum / r.skills().size();
  }

  static double cost(Person p, StaffingRequest r, double highestRate) {
    double reference = r.maxCostRate() != null ? r.maxCostRate() : highestRate;
    if (reference <= 0) {
      return p.costRate() <= 0 ? 1.0 : 0.0;
    }
    return Math.max(0.0, 1.0 - 0.5 * p.costRate() / reference);
  }

  static double department(Person p, StaffingRequest r) {
    return r.preferredDepartment() == null || r.preferredDepartment().equals(p.department())
        ? 1.0
        : 0.0;
  }

  /** The fit of a person who has all the asked hours free. */
  static FitScore withRoom(Person p, StaffingRequest r, double highestRate) {
    return FitScore.of(skill(p, r), 1.0, cost(p, r, highestRate), department(p, r));
  }

  /** Reasons for the skill, cost and department parts. */
  static List<String> reasons(Person p, StaffingRequest r) {
    List<String> out = new ArrayList<>(4);
    StringBuilder qualified = new StringBuilder();
    if (r.role() != null) {
      qualified.append("role ").append(r.role());
    }
    if (r.skills().isEmpty()) {
      qualified.append(qualified.isEmpty() ? "" : "; ").append("no skills required");
    } else {
      qualified.append(qualified.isEmpty() ? "skills " : "; skills ");
      for (int k = 0; k < r.skills().size(); k++) {
        SkillRequirement s = r.skills().get(k);
        qualified
            .append(k == 0 ? "" : ", ")
            .append(s.skill())
            .append(' ')
            .append(p.level(s.skill()))
            .append(" (needs ")
            .append(s.minimumLevel())
            .append(')');
      }
    }
    out.add(qualified.toString());
    if (r.maxCostRate() != null) {
      out.add("cost " + number(p.costRate()) + "/h, limit " + number(r.maxCostRate()) + "/h");
    } else {
      out.add("cost " + number(p.costRate()) + "/h");
    }
    if (r.preferredDepartment() != null) {
      out.add(
          r.preferredDepartment().equals(p.department())
              ? "in " + p.department() + " as preferred"
              : "in "
                  + (p.department() == null ? "no department" : p.department())
                  + ", not "
                  + r.preferredDepartment()
                  + " as preferred");
    }
    return out;
  }

  static String hours(double h) {
    return fixed(h, 1) + " h";
  }

  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : fixed(x, 2);
  }

  static String score(double x) {
    return fixed(x, 3);
  }

  /** {@code x} rounded to {@code decimals} places, without {@link String#format} (slow cold). */
  static String fixed(double x, int decimals) {
    long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
    long units = Math.round(Math.abs(x) * scale);
    String fraction = Long.toString(scale + units % scale).substring(1);
    return (x < 0 && units != 0 ? "-" : "") + units / scale + "." + fraction;
  }
}
