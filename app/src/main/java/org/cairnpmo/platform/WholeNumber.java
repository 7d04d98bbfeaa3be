package org.cairnpmo.platform;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a rating or a point on a scale (probability 1–5, a score, a level) from JSON as a whole
 * number and refuses anything else: Jackson would otherwise truncate 2.5 to 2 without a word, and a
 * rating nobody gave would be stored. Use on the field with {@code @JsonDeserialize(using =
 * WholeNumber.class)}; the bounds stay with the field's own validation.
 */
public final class WholeNumber extends ValueDeserializer<Integer> {

  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = p.getDecimalValue();
      if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
        try {
          return value.intValueExact();
        } catch (ArithmeticException e) {
          // out of range: refused below
        }
      }
      return refuse(ctxt, p.getString());
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getString().strip();
      if (text.matches("[-+]?\\d{1,9}")) {
        return Integer.valueOf(text);
      }
      return refuse(ctxt, text);
    }
    return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
  }

  private static Integer refuse(DeserializationContext ctxt, String value) {
    return ctxt.reportInputMismatch(
        Integer.class, "'%s' is not a whole number: rate with whole numbers only.", value);
  }
}
