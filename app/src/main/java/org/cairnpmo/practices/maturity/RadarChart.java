package org.cairnpmo.practices.maturity;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The radar chart of an assessment's area scores, drawn on the server as inline SVG: one axis per
 * area from level 0 at the centre to 5 at the rim, rings at each level, and one polygon per series
 * (the assessment, and the one before it for comparison, dashed). The chart is an image with a
 * title and description; the table beside it carries the same figures for those who do not see it.
 */
public final class RadarChart {

  private static final int WIDTH = 480;
  private static final int HEIGHT = 360;
  private static final double CX = WIDTH / 2.0;
  private static final double CY = HEIGHT / 2.0;
  private static final double RADIUS = 120;

  private RadarChart() {}

  /** One polygon: a name for the legend and a score (0 to 5, null as 0) per axis. */
  public record Series(String name, List<Double> values, boolean dashed) {}

  /**
   * @param title the chart's accessible name
   * @param axes the labels of the axes, clockwise from the top
   */
  public static String svg(String title, List<String> axes, List<Series> series) {
    StringBuilder svg = new StringBuilder();
    int n = axes.size();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">")
        .append("<title id=\"radar-title\">")
        .append(HtmlUtils.htmlEscape(title))
        .append("</title><desc id=\"radar-desc\">")
        .append(HtmlUtils.htmlEscape(description(axes, series)))
        .append("</desc>");
    for (int level = 1; level <= 5; level++) {
      svg.append("<polygon class=\"radar__ring\" fill=\"none\" stroke=\"#d0d5dd\" points=\"")
          .append(points(n, level))
          .append("\"/>");
    }
    for (int i = 0; i < n; i++) {
      double[] rim = at(i, n, 5);
      double[] label = at(i, n, 5.75);
      svg.append("<line class=\"radar__axis\" stroke=\"#d0d5dd\" x1=\"")
          .append(fmt(CX))
          .append("\" y1=\"")
          .append(fmt(CY))
          .append("\" x2=\"")
          .append(fmt(rim[0]))
          .append("\" y2=\"")
          .append(fmt(rim[1]))
          .append("\"/>");
      String anchor = Math.abs(label[0] - CX) < 1 ? "middle" : (label[0] < CX ? "end" : "start");
      svg.append("<text class=\"radar__label\" font-size=\"13\" text-anchor=\"")
          .append(anchor)
          .append("\" dominant-baseline=\"middle\" x=\"")
          .append(fmt(label[0]))
          .append("\" y=\"")
          .append(fmt(label[1]))
          .append("\">")
          .append(HtmlUtils.htmlEscape(axes.get(i)))
          .append("</text>");
    }
    for (int level = 1; level <= 5; level++) {
      double[] tick = at(0, n, level);
      svg.append("<text class=\"radar__tick\" font-size=\"10\" fill=\"#667085\" x=\"")
          .append(fmt(tick[0] + 4))
          .append("\" y=\"")
          .append(fmt(tick[1]))
          .append("\">")
          .append(level)
          .append("</text>");
    }
    String[] colours = {"#0d6b6a", "#8a94a3"};
    for (int s = series.size() - 1; s >= 0; s--) {
      Series one = series.get(s);
      String colour = colours[Math.min(s, colours.length - 1)];
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Double v = i < one.values().size() ? one.values().get(i) : null;
        double[] p = at(i, n, v == null ? 0 : Math.max(0, Math.min(5, v)));
        pts.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
      }
      svg.append("<polygon class=\"radar__series radar__series--")
          .append(s)
          .append("\" fill=\"")
          .append(colour)
          .append("\" fill-opacity=\"")
          .append(one.dashed() ? "0.05" : "0.2")
          .append("\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"")
          .append(one.dashed() ? " stroke-dasharray=\"6 4\"" : "")
          .append(" points=\"")
          .append(pts.toString().trim())
          .append("\"/>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String description(List<String> axes, List<Series> series) {
    StringBuilder text = new StringBuilder();
    for (Series one : series) {
      text.append(one.name()).append(": ");
      for (int i = 0; i < axes.size(); i++) {
        Double v = i < one.values().size() ? one.values().get(i) : null;
        text.append(axes.get(i))
            .append(' ')
            .append(v == null ? "no answer" : String.format(Locale.ROOT, "%.2f", v))
            .append(i < axes.size() - 1 ? ", " : ". ");
      }
    }
    return text.toString().trim();
  }

  private static String points(int n, double level) {
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double[] p = at(i, n, level);
      pts.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
    }
    return pts.toString().trim();
  }

  /** The point of axis {@code i} of {@code n} at {@code level}, the first axis pointing up. */
  private static double[] at(int i, int n, double level) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    double r = RADIUS * level / 5;
    return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
