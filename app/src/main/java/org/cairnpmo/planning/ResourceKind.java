package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/** A named person, a role any of several people fill, or a type of equipment. */
public enum ResourceKind implements Labelled {
  PERSON,
  ROLE,
  EQUIPMENT
}
