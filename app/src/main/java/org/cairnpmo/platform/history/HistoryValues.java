package org.cairnpmo.platform.history;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import org.cairnpmo.platform.Labelled;

/**
 * How a value reads in the change log: enums by their label, dates and instants in ISO, other
 * records by their id, lists element by element, long texts cut, binary content never.
 */
final class HistoryValues {

  /** The longest text kept; the column holds 1000 characters. */
  static final int MAX_LENGTH = 1000;

  private HistoryValues() {}

  static boolean isBinary(Class<?> type) {
    return type == byte[].class
        || type == Byte[].class
        || Blob.class.isAssignableFrom(type)
        || Clob.class.isAssignableFrom(type);
  }

  /** {@code value} as text, or null; {@code idOf} names the id of a referenced record. */
  static String render(Object value, Function<Object, Object> idOf) {
    String text = text(value, idOf);
    return text == null ? null : cut(text);
  }

  static String cut(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static String text(Object value, Function<Object, Object> idOf) {
    if (value == null) {
      return null;
    }
    if (value instanceof Labelled labelled) {
      return labelled.label();
    }
    if (value instanceof Enum<?> constant) {
      return sentence(constant.name());
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Boolean flag) {
      return flag ? "yes" : "no";
    }
    if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof TemporalAccessor
        || value instanceof java.util.UUID) {
      return value.toString();
    }
    if (isBinary(value.getClass())) {
      return "(binary content)";
    }
    if (value instanceof Map<?, ?> map) {
      return elements(
          map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(), idOf);
    }
    if (value instanceof Collection<?> elements) {
      return elements(elements, idOf);
    }
    Class<?> type = org.hibernate.Hibernate.getClass(value);
    if (type.isAnnotationPresent(Entity.class)) {
      return "#" + idOf.apply(value);
    }
    if (type.isAnnotationPresent(Embeddable.class)) {
      return fields(value, idOf);
    }
    return value.toString();
  }

  private static String elements(Collection<?> elements, Function<Object, Object> idOf) {
    if (elements.isEmpty()) {
      return null;
    }
    StringJoiner joined = new StringJoiner("; ");
    for (Object element : elements) {
      joined.add(Objects.requireNonNullElse(text(element, idOf), "(empty)"));
      if (joined.length() > MAX_LENGTH) {
        break;
      }
    }
    return joined.toString();
  }

  /** An embedded value (a money amount, a step of a path) as "name: value" pairs. */
  private static String fields(Object value, Function<Object, Object> idOf) {
    List<String> parts = new ArrayList<>();
    for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || isBinary(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          String text = text(field.get(value), idOf);
          if (text != null) {
            parts.add(words(field.getName()) + ": " + text);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // a field that cannot be read is left out rather than failing the edit
        }
      }
    }
    return String.join(", ", parts);
  }

  /** {@code plannedEnd} reads "planned end", {@code dates.start} "dates start". */
  static String words(String property) {
    StringBuilder words = new StringBuilder();
    for (char c : property.toCharArray()) {
      if (c == '.' || c == '_') {
        words.append(' ');
      } else if (Character.isUpperCase(c)) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(c);
      }
    }
    return words.toString().trim();
  }

  /** The label of a field for people: {@code plannedEnd} reads "Planned end". */
  static String label(String property) {
    String words = words(property);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String sentence(String name) {
    String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
