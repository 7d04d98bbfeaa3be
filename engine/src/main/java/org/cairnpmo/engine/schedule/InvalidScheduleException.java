package org.cairnpmo.engine.schedule;

/**
 * A request that cannot describe a plan: a link to a task that does not exist, a negative duration,
 * a calendar without any working time, a dependency cycle.
 *
 * <p>A type of its own so that the application can answer 422 with the message, which names the
 * task or calendar at fault.
 */
public class InvalidScheduleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidScheduleException(String message) {
    super(message);
  }
}
