package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The points of an inline SVG polyline over a series; months without a figure are skipped. */
final class Sparkline {

  private Sparkline() {}

  static String points(List<BigDecimal> values, int width, int height) {
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal v : values) {
      if (v != null) {
        min = min == null || v.compareTo(min) < 0 ? v : min;
        max = max == null || v.compareTo(max) > 0 ? v : max;
      }
    }
    if (min == null) {
      return "";
    }
    double range = max.subtract(min).doubleValue();
    double step = values.size() > 1 ? (double) (width - 4) / (values.size() - 1) : 0;
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      BigDecimal v = values.get(i);
      if (v == null) {
        continue;
      }
      double share = range == 0 ? 0.5 : v.subtract(min).doubleValue() / range;
      double x = 2 + i * step;
      double y = height - 2 - share * (height - 4);
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
    }
    return points.toString();
  }
}
