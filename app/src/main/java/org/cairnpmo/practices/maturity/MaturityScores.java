package org.cairnpmo.practices.maturity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The results of an assessment from its submitted responses.
 *
 * <p>Each respondent's score for an area is the mean of their answers to its questions; the area's
 * score is the mean of the respondents' scores (every respondent weighs the same). The spread
 * between answerers is the lowest and highest respondent score and their population standard
 * deviation; respondents <b>disagree</b> on an area when two of them are {@value #DISAGREEMENT}
 * levels or more apart. The overall score is the mean of the area scores (every area weighs the
 * same) and the level reached is its whole part: an organization is at level 3 once it is fully
 * there, and 2.9 is still level 2. Figures are rounded to two decimals, half up.
 */
public final class MaturityScores {

  /** How far apart (in levels) two respondents' scores for an area must be to disagree. */
  public static final double DISAGREEMENT = 2.0;

  private MaturityScores() {}

  /** One area's score and spread. */
  public record AreaScore(
      MaturityArea area,
      double mean,
      double min,
      double max,
      double standardDeviation,
      int respondents,
      boolean disagreement) {

    public String areaLabel() {
      return area.label();
    }
  }

  /** The results of an assessment: per area (in the areas' order), overall and the level. */
  public record Results(
      List<AreaScore> areas, double overall, MaturityLevel level, int respondents) {

    public static Results none() {
      return new Results(List.of(), 0, MaturityLevel.INITIAL, 0);
    }

    public boolean empty() {
      return respondents == 0;
    }

    public Double meanOf(MaturityArea area) {
      return areas.stream()
          .filter(a -> a.area() == area)
          .map(AreaScore::mean)
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * @param areaByQuestion the area of every question of the questionnaire
   * @param responses the submitted responses, each the level (1-5) answered per question id
   */
  public static Results of(
      Map<Long, MaturityArea> areaByQuestion, Collection<Map<Long, Integer>> responses) {
    if (responses.isEmpty()) {
      return Results.none();
    }
    Map<MaturityArea, List<Double>> byArea = new EnumMap<>(MaturityArea.class);
    for (Map<Long, Integer> answers : responses) {
      Map<MaturityArea, double[]> sums = new EnumMap<>(MaturityArea.class);
      answers.forEach(
          (question, level) -> {
            MaturityArea area = areaByQuestion.get(question);
            if (area != null && level != null) {
              double[] sum = sums.computeIfAbsent(area, a -> new double[2]);
              sum[0] += level;
              sum[1]++;
            }
          });
      sums.forEach(
          (area, sum) -> byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(sum[0] / sum[1]));
    }
    List<AreaScore> areas = new ArrayList<>();
    double total = 0;
    for (var entry : byArea.entrySet()) {
      List<Double> scores = entry.getValue();
      double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double min = scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double variance =
          scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / scores.size();
      areas.add(
          new AreaScore(
              entry.getKey(),
              round(mean),
              round(min),
              round(max),
              round(Math.sqrt(variance)),
              scores.size(),
              max - min >= DISAGREEMENT - 1e-9));
      total += mean;
    }
    double overall = areas.isEmpty() ? 0 : round(total / areas.size());
    return new Results(
        List.copyOf(areas),
        overall,
        MaturityLevel.of((int) Math.floor(overall + 1e-9)),
        responses.size());
  }

  static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
