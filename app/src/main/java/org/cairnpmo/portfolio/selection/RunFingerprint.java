package org.cairnpmo.portfolio.selection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a run was computed for, as a SHA-256: the candidates, objective, limits and rules (the
 * definition's solved part as JSON), and the spend committed in the budget periods. Name,
 * description, time limit and frontier levels are not part of it: changing them leaves a result
 * valid. Nothing committed adds nothing, so that runs made before committed spend was counted keep
 * their fingerprint.
 */
final class RunFingerprint {

  private RunFingerprint() {}

  static String of(String solvedDefinition, List<BudgetLine> budget) {
    StringBuilder solved = new StringBuilder(solvedDefinition);
    for (BudgetLine line : budget) {
      if (line.committed().signum() != 0) {
        solved
            .append('|')
            .append(line.period())
            .append('=')
            .append(line.committed().stripTrailingZeros().toPlainString());
      }
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(solved.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
