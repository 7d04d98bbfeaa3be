package org.cairnpmo.control.domain;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of milestones for the demo data: milestones built by the demo (with past completion
 * dates) go straight into the repository. Nothing else uses this class.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MilestoneDemoStore {

  private final MilestoneRepository milestones;

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return milestones.count() == 0;
  }

  @Transactional
  public void save(List<Milestone> all) {
    milestones.saveAll(all);
  }
}
