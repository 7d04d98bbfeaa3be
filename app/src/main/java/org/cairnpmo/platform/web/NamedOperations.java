package org.cairnpmo.platform.web;

import io.swagger.v3.oas.models.Operation;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Names the operations a controller inherits in the API description. Where one generic controller
 * declares the endpoints of several kinds of entry (a subclass per kind, each at its own address),
 * an {@code @Operation} on the shared method would describe every kind alike; each subclass names
 * its own operations instead, by the handler method's name. Other controllers' operations, and the
 * subclass's own annotated methods, pass untouched.
 */
public interface NamedOperations extends OperationCustomizer {

  /** This controller's operations by the name of their handler method. */
  Map<String, OperationName> operationNames();

  @Override
  default Operation customize(Operation operation, HandlerMethod handler) {
    if (ClassUtils.getUserClass(handler.getBeanType()) != ClassUtils.getUserClass(getClass())) {
      return operation;
    }
    OperationName name = operationNames().get(handler.getMethod().getName());
    return name == null ? operation : name.describe(operation);
  }

  /**
   * A generic controller given its subclass's operation names when it is made: it keeps them, so
   * that each generic controller need not.
   */
  abstract class Given implements NamedOperations {

    private final Map<String, OperationName> operationNames;

    protected Given(Map<String, OperationName> operationNames) {
      this.operationNames = operationNames;
    }

    @Override
    public Map<String, OperationName> operationNames() {
      return operationNames;
    }
  }

  /** An operation's id, summary and longer description (null when the summary says it all). */
  record OperationName(String id, String summary, String description) {

    public OperationName(String id, String summary) {
      this(id, summary, null);
    }

    Operation describe(Operation operation) {
      return operation.operationId(id).summary(summary).description(description);
    }
  }
}
