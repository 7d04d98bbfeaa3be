package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The KPI definitions: everyone signed in reads them, the PMO and administrators write them. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KpiService implements DefinedEntries<KpiData, KpiView> {

  /** Thresholds beyond this are typing mistakes, not thresholds. */
  static final BigDecimal LIMIT = new BigDecimal("1000000000");

  private final KpiRepository kpis;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<KpiView> definitions() {
    return kpis.findAllByOrderByNameAsc().stream().map(KpiView::of).toList();
  }

  @Transactional(readOnly = true)
  public KpiView definition(long id) {
    return KpiView.of(find(id));
  }

  @Transactional
  @Override
  public KpiView define(KpiData data, CurrentUser author) {
    PracticesAccess.requireKpiWriter(author);
    check(data);
    if (kpis.existsByNameIgnoreCase(data.name().trim())) {
      throw InvalidInputException.of("name", "A KPI with this name exists already.");
    }
    return KpiView.of(kpis.saveAndFlush(Kpi.define(data, author.username(), clock.instant())));
  }

  @Transactional
  @Override
  public KpiView revise(long id, KpiData data, long expectedVersion, CurrentUser editor) {
    PracticesAccess.requireKpiWriter(editor);
    Kpi kpi = find(id);
    if (kpi.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The KPI '" + kpi.getName() + "'", expectedVersion, kpi.getVersion());
    }
    check(data);
    if (kpis.existsByNameIgnoreCaseAndIdNot(data.name().trim(), id)) {
      throw InvalidInputException.of("name", "Another KPI already has this name.");
    }
    kpi.apply(data, editor.username(), clock.instant());
    kpis.flush();
    return KpiView.of(kpi);
  }

  Kpi find(long id) {
    return kpis.findById(id).orElseThrow(() -> new NotFoundException("KPI", id));
  }

  /**
   * Refuses (field problems) text with control characters, thresholds out of range, and thresholds
   * the wrong way round for the direction.
   */
  private static void check(KpiData data) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "name", data.name());
    text(problems, "description", data.description());
    text(problems, "unit", data.unit());
    if (data.name() == null || data.name().isBlank()) {
      problems.add(new FieldProblem("name", "Name the KPI."));
    }
    if (data.measure() == null) {
      problems.add(new FieldProblem("measure", "Choose what the KPI measures."));
    }
    if (data.direction() == null) {
      problems.add(new FieldProblem("direction", "Say whether higher or lower is better."));
    }
    boolean saneGreen = threshold(problems, "green", data.green());
    boolean saneRed = threshold(problems, "red", data.red());
    if (saneGreen && saneRed && data.direction() != null) {
      int order = data.green().compareTo(data.red());
      if (data.direction() == KpiDirection.HIGHER_IS_BETTER && order < 0) {
        problems.add(
            new FieldProblem(
                "red",
                "Higher is better: the red threshold is at most the green one ("
                    + data.green().toPlainString()
                    + ")."));
      } else if (data.direction() == KpiDirection.LOWER_IS_BETTER && order > 0) {
        problems.add(
            new FieldProblem(
                "red",
                "Lower is better: the red threshold is at least the green one ("
                    + data.green().toPlainString()
                    + ")."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void text(List<FieldProblem> problems, String field, String value) {
    if (value != null && InputRules.hasControlCharacter(value)) {
      problems.add(new FieldProblem(field, InputRules.CONTROL_CHARACTER_MESSAGE));
    }
  }

  private static boolean threshold(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "Give the " + field + " threshold."));
      return false;
    }
    if (value.abs().compareTo(LIMIT) > 0 || value.scale() > 4) {
      problems.add(
          new FieldProblem(
              field, "Give a number between -1000000000 and 1000000000, with 4 decimals at most."));
      return false;
    }
    return true;
  }
}
