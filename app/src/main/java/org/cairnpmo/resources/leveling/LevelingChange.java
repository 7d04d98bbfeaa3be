package org.cairnpmo.resources.leveling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairnpmo.platform.InvalidInputException;

/**
 * A previewed leveling to apply: for each plan, the version it was previewed at and the leveled
 * start of each task that moves. The preview answers it ready to send back.
 */
public record LevelingChange(List<PlanChange> plans) {

  public LevelingChange {
    plans = plans == null ? List.of() : new ArrayList<>(plans);
  }

  public record PlanChange(Long projectId, Long version, Map<Long, LocalDateTime> starts) {

    public PlanChange {
      starts = starts == null ? Map.of() : new LinkedHashMap<>(starts);
    }
  }

  /** As a form carries it: "project@version task=start task=start;project@version ...". */
  public String encode() {
    return plans.stream()
        .map(
            p ->
                p.projectId()
                    + "@"
                    + p.version()
                    + p.starts().entrySet().stream()
                        .map(e -> " " + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining(";"));
  }

  static LevelingChange decode(String text) {
    List<PlanChange> plans = new ArrayList<>();
    try {
      for (String plan : text.strip().split(";")) {
        String[] parts = plan.strip().split("\\s+");
        String[] head = parts[0].split("@");
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
          int eq = parts[i].indexOf('=');
          starts.put(
              Long.parseLong(parts[i].substring(0, eq)),
              LocalDateTime.parse(parts[i].substring(eq + 1)));
        }
        plans.add(new PlanChange(Long.parseLong(head[0]), Long.parseLong(head[1]), starts));
      }
    } catch (RuntimeException e) {
      throw InvalidInputException.of("change", "The preview could not be read; preview again.");
    }
    return new LevelingChange(plans);
  }
}
