package org.cairnpmo.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module says about a project being ready to close: each module that owns data of the
 * closure checklist (lessons, budget, resources, RAID log) implements this, and the archive, which
 * owns the closure, asks every implementation. In the register's root package because every module
 * depends on the register already, so the archive never depends on those modules (no cycle).
 */
public interface ClosureCheck {

  /**
   * This module's items of the checklist of {@code project}, were it closed on {@code closingOn}.
   * Read only, and without a visibility check: the closure page checked that the caller sees the
   * project.
   */
  List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn);
}
