package org.cairnpmo.practices.compliance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.DeliverableCatalog;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.GovernanceApi.ProjectGates;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's list of deliverables for a project: those of the published method its tier follows,
 * phase by phase. A deliverable's id is derived from its phase and name, so that it stays the same
 * across versions of the method that keep them, and a document filed under one version still counts
 * under the next.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MethodDeliverables implements DeliverableCatalog {

  private final GovernanceApi governance;
  private final MethodService methods;

  @Override
  @Transactional(readOnly = true)
  public List<DeliverableOption> deliverablesOf(long projectId) {
    MethodView method = methodOf(projectId);
    if (method == null) {
      return List.of();
    }
    List<DeliverableOption> options = new ArrayList<>();
    for (MethodView.PhaseView phase : method.phases()) {
      for (MethodData.DeliverableData d : phase.deliverables()) {
        options.add(new DeliverableOption(id(phase.phase(), d.name()), d.name(), phase.phase()));
      }
    }
    return List.copyOf(options);
  }

  /** The published method the project's tier follows; null when it is on none. */
  MethodView methodOf(long projectId) {
    ProjectGates gates = governance.projectGates(List.of(projectId)).get(projectId);
    return gates == null || gates.tierId() == null
        ? null
        : methods.publishedByTier().get(gates.tierId());
  }

  /**
   * The id of a phase's deliverable: "prc-" and 20 hex digits of the SHA-256 of the phase and the
   * name in lower case, short enough for the archive's column whatever the names' length.
   */
  static String id(String phase, String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (phase.strip().toLowerCase(Locale.ROOT)
                          + "|"
                          + name.strip().toLowerCase(Locale.ROOT))
                      .getBytes(StandardCharsets.UTF_8));
      return "prc-" + HexFormat.of().formatHex(hash).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
