package org.cairnpmo.control.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

/**
 * Rebuilds a form record from the request when Spring's constructor binding gave up (one value
 * could not be converted, e.g. a word in a number field): every value that converts is kept, every
 * other one is left empty, so the form is shown again with what the person typed and the binding
 * errors next to the fields. Supports simple values and lists of records ({@code actions[0].text}).
 */
final class LenientForms {

  private LenientForms() {}

  static <R extends Record> R bind(
      Class<R> type, HttpServletRequest request, ConversionService conversion) {
    return bind(type, "", request, conversion);
  }

  /**
   * {@code form} as bound (and put into the model), or rebuilt from the current request when
   * binding could not create it; the result replaces the model attribute {@code name}.
   */
  static <R extends Record> R orRebuilt(
      R form,
      Class<R> type,
      String name,
      org.springframework.ui.Model model,
      ConversionService conversion) {
    if (form != null) {
      // After a failed conversion the model may hold no target even though the argument exists.
      model.addAttribute(name, form);
      return form;
    }
    HttpServletRequest request =
        ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder
                    .currentRequestAttributes())
            .getRequest();
    R rebuilt = bind(type, request, conversion);
    model.addAttribute(name, rebuilt);
    return rebuilt;
  }

  private static <R extends Record> R bind(
      Class<R> type, String prefix, HttpServletRequest request, ConversionService conversion) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      String name = prefix + c.getName();
      if (List.class.isAssignableFrom(c.getType())) {
        values[i] = list(c.getGenericType(), name, request, conversion);
      } else {
        values[i] = convert(request.getParameter(name), c, conversion);
      }
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot rebuild " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(
      Type generic, String name, HttpServletRequest request, ConversionService conversion) {
    if (!(generic instanceof ParameterizedType p)
        || !(p.getActualTypeArguments()[0] instanceof Class<?> element)
        || !element.isRecord()) {
      return null;
    }
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String rowPrefix = name + "[" + i + "].";
      boolean present =
          request.getParameterMap().keySet().stream().anyMatch(k -> k.startsWith(rowPrefix));
      if (!present) {
        break;
      }
      rows.add(bind((Class<? extends Record>) element, rowPrefix, request, conversion));
    }
    return rows;
  }

  private static Object convert(
      String raw, RecordComponent component, ConversionService conversion) {
    if (raw == null || raw.isBlank()) {
      return component.getType().isPrimitive() ? defaultOf(component.getType()) : null;
    }
    try {
      MethodParameter parameter =
          new MethodParameter(
              component.getDeclaringRecord().getDeclaredConstructors()[0], indexOf(component));
      return conversion.convert(
          raw, TypeDescriptor.valueOf(String.class), new TypeDescriptor(parameter));
    } catch (RuntimeException e) {
      return component.getType().isPrimitive() ? defaultOf(component.getType()) : null;
    }
  }

  private static int indexOf(RecordComponent component) {
    RecordComponent[] all = component.getDeclaringRecord().getRecordComponents();
    for (int i = 0; i < all.length; i++) {
      if (all[i].getName().equals(component.getName())) {
        return i;
      }
    }
    return 0;
  }

  private static Object defaultOf(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    return type == long.class ? 0L : type == int.class ? 0 : null;
  }
}
