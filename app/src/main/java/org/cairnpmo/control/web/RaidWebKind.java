package org.cairnpmo.control.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cairnpmo.control.AssumptionView;
import org.cairnpmo.control.DecisionView;
import org.cairnpmo.control.DependencyDirection;
import org.cairnpmo.control.DependencyView;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.RaidType;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;

/**
 * A kind of RAID entry as the API and the pages handle it. The views share {@link RaidEntryView};
 * the data records share no type of their own, so this says for each kind how its data answers the
 * version a change was based on, and how an entry (or nothing yet) fills the form.
 */
record RaidWebKind<D extends Record, V extends Record & RaidEntryView>(
    RaidType<D, V> type,
    Class<D> dataType,
    Function<D, Long> dataVersion,
    Function<V, D> form,
    BiFunction<CurrentUser, LocalDate, D> blank) {

  static final RaidWebKind<RiskData, RiskView> RISK =
      new RaidWebKind<>(
          RaidType.RISK,
          RiskData.class,
          RiskData::version,
          RaidWebKind::riskForm,
          RaidWebKind::blankRisk);
  static final RaidWebKind<IssueData, IssueView> ISSUE =
      new RaidWebKind<>(
          RaidType.ISSUE,
          IssueData.class,
          IssueData::version,
          i ->
              new IssueData(
                  i.title(),
                  i.description(),
                  i.severity(),
                  i.ownerId(),
                  i.dueDate(),
                  i.resolution(),
                  i.status(),
                  i.version()),
          (author, today) ->
              new IssueData(null, null, IssueSeverity.MEDIUM, author.id(), null, null, null, null));
  static final RaidWebKind<AssumptionData, AssumptionView> ASSUMPTION =
      new RaidWebKind<>(
          RaidType.ASSUMPTION,
          AssumptionData.class,
          AssumptionData::version,
          a -> new AssumptionData(a.text(), a.ownerId(), a.validated(), a.version()),
          (author, today) -> new AssumptionData(null, author.id(), false, null));
  static final RaidWebKind<DecisionData, DecisionView> DECISION =
      new RaidWebKind<>(
          RaidType.DECISION,
          DecisionData.class,
          DecisionData::version,
          d ->
              new DecisionData(
                  d.what(),
                  d.why(),
                  d.decidedBy(),
                  d.decidedOn(),
                  d.alternatives(),
                  d.ownerId(),
                  d.version()),
          (author, today) -> new DecisionData(null, null, null, today, null, author.id(), null));
  static final RaidWebKind<DependencyData, DependencyView> DEPENDENCY =
      new RaidWebKind<>(
          RaidType.DEPENDENCY,
          DependencyData.class,
          DependencyData::version,
          d ->
              new DependencyData(
                  d.direction(),
                  d.otherProjectId(),
                  d.description(),
                  d.needBy(),
                  d.status(),
                  d.ownerId(),
                  d.version()),
          (author, today) ->
              new DependencyData(
                  DependencyDirection.DEPENDS_ON, null, null, null, null, author.id(), null));

  /** The kind a page address names; an unknown one answers 404. */
  static RaidWebKind<?, ?> byPath(String path) {
    return RaidKind.byPath(path)
        .map(RaidWebKind::of)
        .orElseThrow(() -> new NotFoundException("RAID log section", path));
  }

  static RaidWebKind<?, ?> of(RaidKind kind) {
    return switch (kind) {
      case RISK -> RISK;
      case ISSUE -> ISSUE;
      case ASSUMPTION -> ASSUMPTION;
      case DECISION -> DECISION;
      case DEPENDENCY -> DEPENDENCY;
    };
  }

  RaidKind kind() {
    return type.kind();
  }

  private static RiskData riskForm(RiskView r) {
    RiskData data = RiskData.of(r);
    return data.withActions(actionRows(data.actions()));
  }

  /** An empty risk with three empty action rows. */
  private static RiskData blankRisk(CurrentUser author, LocalDate today) {
    return new RiskData(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        author.id(),
        null,
        actionRows(List.of()),
        null,
        null,
        null,
        null);
  }

  /** The actions so far and blank rows up to at least three, one blank at the end. */
  private static List<RiskData.ActionData> actionRows(List<RiskData.ActionData> actions) {
    List<RiskData.ActionData> rows = new ArrayList<>(actions);
    do {
      rows.add(new RiskData.ActionData(null, null, null, false));
    } while (rows.size() < 3);
    return rows;
  }
}
