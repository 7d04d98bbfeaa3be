package org.cairnpmo.control.web;

import org.cairnpmo.control.MilestoneView;

/** How a milestone's slip reads on the pages: "+12 days" late, "3 days early", "on time". */
public final class MilestoneFormat {

  static final MilestoneFormat INSTANCE = new MilestoneFormat();

  private MilestoneFormat() {}

  public String slip(MilestoneView milestone) {
    return slip(milestone.slipDays());
  }

  public String slip(long days) {
    if (days == 0) {
      return "on time";
    }
    String unit = Math.abs(days) == 1 ? " day" : " days";
    return days > 0 ? "+" + days + unit : -days + unit + " early";
  }

  /** "late", "early" or "on-time", for the CSS class of the slip. */
  public String tone(MilestoneView milestone) {
    long days = milestone.slipDays();
    return days > 0 ? "late" : days < 0 ? "early" : "on-time";
  }
}
