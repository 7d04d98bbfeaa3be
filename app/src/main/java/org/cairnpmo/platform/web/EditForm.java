package org.cairnpmo.platform.web;

import lombok.Getter;
import lombok.Setter;

/**
 * What every edit form on a page carries: the version of the record it was filled from, sent back
 * in a hidden field so that saving it over someone else's change is refused. The fields are
 * protected so that a form reads and fills them as its own.
 */
public abstract class EditForm {

  @Getter @Setter protected Long version;

  /** An edit form of a record that has a name and a description. */
  public abstract static class Named extends EditForm {

    @Getter @Setter protected String name;
    @Getter @Setter protected String description;
  }

  /**
   * The version to save the form's changes over: the one it was filled from, or -1 (which no record
   * has) for a form sent without one, so that saving it is refused as stale.
   */
  public long editedVersion() {
    return editedVersion(version);
  }

  /** {@link #editedVersion()} for a form that is a record, with the version it was sent with. */
  public static long editedVersion(Long version) {
    return version == null ? -1 : version;
  }
}
