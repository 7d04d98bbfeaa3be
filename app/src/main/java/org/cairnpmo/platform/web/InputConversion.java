package org.cairnpmo.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.InputRules;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How text from a request becomes a value, for the API and the pages alike: JSON bodies are read by
 * {@link InputJson}; path variables, query parameters and form fields go through the converters
 * here, which accept dates within the accepted range only (numbers: see {@link InputBinding}).
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InputConversion implements WebMvcConfigurer {

  private final InputJson input;

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.configureMessageConvertersList(
        converters -> converters.replaceAll(InputConversion.this::withInputRules));
  }

  private HttpMessageConverter<?> withInputRules(HttpMessageConverter<?> converter) {
    // Only the plain JSON converter: subclasses (Spring Data's projecting one, first in the list)
    // read and write other things and must stay as they are.
    return converter.getClass() == JacksonJsonHttpMessageConverter.class
        ? new JacksonJsonHttpMessageConverter(input.mapper())
        : converter;
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    // Added last, so it takes precedence over the formatters for dates, with or without
    // @DateTimeFormat: every date field of a form is an ISO date input.
    registry.addConverter(
        String.class, LocalDate.class, (Converter<String, LocalDate>) InputConversion::date);
  }

  /** An ISO date (YYYY-MM-DD, as date inputs send it) within the accepted range. */
  static LocalDate date(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO date: " + value, e);
    }
    if (!InputRules.isSaneDate(date)) {
      throw new InputRuleViolation(InputRules.DATE_RANGE_MESSAGE);
    }
    return date;
  }
}
