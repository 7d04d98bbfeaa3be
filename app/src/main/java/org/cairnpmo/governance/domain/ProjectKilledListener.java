package org.cairnpmo.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.ProjectKilledAtGate;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A KILL decision cancels the project in the register, after the decision is committed and in a
 * transaction of its own; the event publication registry keeps the event until this has happened,
 * so a crash in between does not lose it.
 *
 * <p>It lives in governance rather than in the register: the register is the foundation other
 * modules build on and must not depend on governance (that would make the two modules a cycle).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectKilledListener {

  private static final Logger log = LoggerFactory.getLogger(ProjectKilledListener.class);

  private final ProjectsApi projects;

  @ApplicationModuleListener
  void on(ProjectKilledAtGate event) {
    String reason =
        "Killed at the gate '"
            + event.gateName()
            + "' by "
            + event.decidedBy()
            + (event.reason() == null ? "" : ": " + event.reason());
    boolean cancelled = projects.cancelBySystem(event.projectId(), GateService.ACTOR, reason);
    if (cancelled) {
      log.info(
          "Project {} cancelled after a KILL decision at gate {}",
          event.projectId(),
          event.gateId());
    } else {
      log.info(
          "Project {} was already cancelled or closed when killed at gate {}",
          event.projectId(),
          event.gateId());
    }
  }
}
