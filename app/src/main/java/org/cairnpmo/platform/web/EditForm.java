package org.cairnpmo.platform.web;

/**
 * What every edit form on a page carries: the version of the record it was filled from, sent back
 * in a hidden field so that saving it over someone else's change is refused. The fields are
 * protected so that a form reads and fills them as its own.
 */
public abstract class EditForm {

  protected Long version;

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  /** An edit form of a record that has a name and a description. */
  public abstract static class Named extends EditForm {

    protected String name;
    protected String description;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }
}
