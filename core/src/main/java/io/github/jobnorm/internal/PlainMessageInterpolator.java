package io.github.jobnorm.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves constraint messages without an Expression Language implementation: {@code {key}}
 * from the provider's {@code ValidationMessages} bundle, {@code {attribute}} from the
 * constraint. Core needs no EL at run time because its messages use no expressions.
 */
public final class PlainMessageInterpolator implements MessageInterpolator {
  private static final String BUNDLE = "org.hibernate.validator.ValidationMessages";

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ROOT);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    String message = template;
    if (message.startsWith("{") && message.endsWith("}")) {
      message = lookup(message.substring(1, message.length() - 1), message);
    }
    Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      int close = c == '{' ? message.indexOf('}', i) : -1;
      if (close > i && (i == 0 || message.charAt(i - 1) != '$')) {
        Object value = attributes.get(message.substring(i + 1, close));
        out.append(value == null ? message.substring(i, close + 1) : String.valueOf(value));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String lookup(String key, String fallback) {
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
