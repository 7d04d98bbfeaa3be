package org.cairnpmo.platform.history;

import java.util.Collection;
import java.util.Map;

/**
 * The names people are shown by, for the "who" of a record's history, which keeps usernames: the
 * identity module answers, in one query for all the names of a page.
 */
public interface PeopleNames {

  /** The display name of each of {@code usernames} that is a person's; others are left out. */
  Map<String, String> displayNames(Collection<String> usernames);
}
