package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.RaidEntryView;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.domain.RaidViews.Names;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation of RAID entries to the portfolio: a project escalates or takes back one of its
 * entries, and the PMO, executives and administrators see everything escalated.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RaidEscalations {

  private static final DateTimeFormatter NEED_BY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final RaidEntries entries;
  private final RaidViews views;
  private final RaidStore store;
  private final ControlAccess access;
  private final Clock clock;

  /** Escalates an entry to the portfolio; answers the entry as it is now (its kind's view). */
  @Transactional
  public RaidEntryView escalate(
      RaidKind kind,
      long projectId,
      long id,
      EscalationData data,
      long expectedVersion,
      CurrentUser editor) {
    String note = data == null ? null : data.note();
    return entries.change(
        entries.of(kind),
        projectId,
        id,
        expectedVersion,
        editor,
        item -> item.escalate(editor.id(), note, editor.username(), clock.instant()));
  }

  @Transactional
  public RaidEntryView withdrawEscalation(
      RaidKind kind, long projectId, long id, long expectedVersion, CurrentUser editor) {
    return entries.change(
        entries.of(kind),
        projectId,
        id,
        expectedVersion,
        editor,
        item -> item.withdrawEscalation(editor.username(), clock.instant()));
  }

  /** Everything escalated across the projects the PMO, an executive or an admin sees. */
  @Transactional(readOnly = true)
  public List<EscalatedItem> escalated(CurrentUser viewer) {
    if (!ControlAccess.seesPortfolio(viewer)) {
      throw new AccessDeniedException("The portfolio's escalations are for the PMO and executives");
    }
    List<RaidItem> items = new ArrayList<>();
    items.addAll(store.risks().findByEscalatedTrue());
    items.addAll(store.issues().findByEscalatedTrue());
    items.addAll(store.assumptions().findByEscalatedTrue());
    items.addAll(store.decisions().findByEscalatedTrue());
    items.addAll(store.dependencies().findByEscalatedTrue());
    Names names = views.names(items);
    List<EscalatedItem> result = new ArrayList<>();
    for (RaidItem item : items) {
      Optional<ProjectView> project = names.project(item.getProjectId(), viewer);
      if (project.isEmpty()) {
        continue;
      }
      result.add(
          new EscalatedItem(
              item.kind(),
              item.getId(),
              item.getProjectId(),
              project.get().code(),
              project.get().name(),
              item.headline(),
              rating(item),
              status(item),
              names.person(item.getOwnerId()),
              names.person(item.getEscalatedBy()),
              item.getEscalatedAt(),
              item.getEscalationNote()));
    }
    result.sort(Comparator.comparing(EscalatedItem::escalatedAt).reversed());
    return result;
  }

  private static String rating(RaidItem item) {
    if (item instanceof Risk r) {
      return r.level().label() + " · score " + r.getScore();
    }
    if (item instanceof Issue i) {
      return i.getSeverity().label();
    }
    if (item instanceof Dependency d) {
      return d.getNeedBy() == null ? null : "Needed by " + d.getNeedBy().format(NEED_BY);
    }
    return null;
  }

  private static String status(RaidItem item) {
    if (item instanceof Risk r) {
      return r.getStatus().label();
    }
    if (item instanceof Issue i) {
      return i.getStatus().label();
    }
    if (item instanceof Assumption a) {
      return a.isValidated() ? "Validated" : "Not validated";
    }
    if (item instanceof Dependency d) {
      return d.getStatus().label();
    }
    return "Decided";
  }
}
