package org.cairnpmo.control;

import java.util.Arrays;
import java.util.Locale;
import org.cairnpmo.platform.InvalidInputException;

/**
 * The filters of a project's RAID list (GET .../raid/{kind}), as its export takes them too: each
 * applies to the kinds whose list has it. {@link #read} reads them from the query parameters the
 * list names, with the list's own words for what is wrong.
 */
public record RaidListFilter(
    RaidKind kind,
    Enum<?> status,
    Integer probability,
    Integer impact,
    IssueSeverity severity,
    Boolean validated) {

  public static RaidListFilter none(RaidKind kind) {
    return new RaidListFilter(kind, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return status == null
        && probability == null
        && impact == null
        && severity == null
        && validated == null;
  }

  /**
   * The filters for {@code kind} (null for every kind, which takes none), or a 400 naming a filter
   * the kind's list does not have or a value it does not take.
   */
  public static RaidListFilter read(
      RaidKind kind,
      String status,
      Integer probability,
      Integer impact,
      String severity,
      Boolean validated) {
    Enum<?> statusValue = null;
    if (status != null && !status.isBlank()) {
      Class<? extends Enum<?>> type =
          kind == null
              ? null
              : switch (kind) {
                case RISK -> RiskStatus.class;
                case ISSUE -> IssueStatus.class;
                case DEPENDENCY -> DependencyStatus.class;
                case ASSUMPTION, DECISION -> null;
              };
      if (type == null) {
        throw notHere("status", kind);
      }
      statusValue = choice("status", status, type);
    }
    if ((probability != null || impact != null) && kind != RaidKind.RISK) {
      throw notHere(probability != null ? "probability" : "impact", kind);
    }
    IssueSeverity severityValue = null;
    if (severity != null && !severity.isBlank()) {
      if (kind != RaidKind.ISSUE) {
        throw notHere("severity", kind);
      }
      severityValue = (IssueSeverity) choice("severity", severity, IssueSeverity.class);
    }
    if (validated != null && kind != RaidKind.ASSUMPTION) {
      throw notHere("validated", kind);
    }
    return new RaidListFilter(kind, statusValue, probability, impact, severityValue, validated);
  }

  private static Enum<?> choice(String field, String value, Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw InvalidInputException.of(
        field,
        "Use one of: "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
            + ".");
  }

  private static InvalidInputException notHere(String field, RaidKind kind) {
    return InvalidInputException.of(
        field,
        kind == null
            ? "Filters apply to one kind: add kind=risks, issues, assumptions or dependencies."
            : "The list of "
                + kind.plural().toLowerCase(Locale.ROOT)
                + " has no filter '"
                + field
                + "'.");
  }
}
