package org.cairnpmo.onboarding.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.tabular.RowProblem;

/**
 * One kind of import: plans every row against the records stored now (reading them in a few queries
 * for the whole file), then writes the plans through the owning module's API.
 *
 * @param <T> what a row writes
 */
abstract class KindRows<T> {

  /** A row of data of the file: its number as a spreadsheet shows it, and its cells. */
  record DataRow(int number, List<Object> cells) {}

  /** A row's plan and what it writes (null when it writes nothing). */
  record Planned<T>(RowPlan plan, T write) {}

  abstract ImportKind kind();

  abstract List<Planned<T>> plan(
      List<String> headers, Map<String, Integer> mapping, List<DataRow> rows, CurrentUser user);

  /** Writes the plans (which have no problems), all in the caller's transaction. */
  abstract void apply(List<Planned<T>> rows, CurrentUser user);

  RowReader reader(List<String> headers, Map<String, Integer> mapping, DataRow row) {
    return new RowReader(kind(), headers, mapping, row.cells(), row.number());
  }

  /** The first row of the file that gave each key: a second row with the same key is a problem. */
  static final class FirstRows {
    private final Map<String, Integer> rows = new HashMap<>();

    /** The row that gave {@code key} before, or null (and {@code row} is remembered). */
    Integer seen(String key, int row) {
      return key == null ? null : rows.putIfAbsent(key, row);
    }
  }

  /** The fields a row sets, against their values stored now (none for a new record). */
  static final class Changes {
    private final boolean creating;
    private final List<RowPlan.Change> changes = new ArrayList<>();

    Changes(boolean creating) {
      this.creating = creating;
    }

    void compare(String field, Object before, Object after) {
      String was = shown(before);
      String is = shown(after);
      if (creating ? is != null : !Objects.equals(was, is)) {
        changes.add(new RowPlan.Change(field, creating ? null : was, is));
      }
    }

    private static String shown(Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof java.math.BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
      }
      if (value instanceof Enum<?> e) {
        return e.name();
      }
      String text = value.toString();
      return text.isBlank() ? null : text;
    }

    RowPlan plan(int row, String key, List<RowProblem> problems) {
      RowPlan.Action action =
          creating
              ? RowPlan.Action.CREATE
              : changes.isEmpty() ? RowPlan.Action.UNCHANGED : RowPlan.Action.UPDATE;
      return new RowPlan(row, key, action, List.copyOf(changes), List.copyOf(problems));
    }
  }
}
